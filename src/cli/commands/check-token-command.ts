import { loadConfig, readEnvironment } from '../../config/config.ts';
import { diagnoseToken } from '../token-diagnosis.ts';
import { UsageError, type Command } from '../command.ts';

export const checkTokenCommand: Command = {
  name: 'check-token',
  summary: 'Tell why a token is accepted or refused, check by check',
  usage: [
    'roster check-token <token> [--json]',
    '',
    'Verifies the token exactly as a server with this environment would (AUTH_ISSUER, AUTH_JWKS_URL,',
    'AUTH_AUDIENCE, AUTH_AUTHORIZED_PARTIES, AUTH_CLOCK_TOLERANCE_S), then prints each check: issuer',
    'expected and received, audience, azp, exp/nbf/iat, alg, whether its kid is in the key set, and',
    'the JWKS URL with its fetch error. Exit 0 when accepted, 1 when refused. The token is never printed.',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  async run(values, positionals) {
    const [token, ...extra] = positionals;
    if (token === undefined || extra.length > 0) throw new UsageError('expected one token');
    const diagnosis = await diagnoseToken(loadConfig(readEnvironment()), token.replace(/^Bearer\s+/i, ''));
    if (values.json) {
      console.log(JSON.stringify(diagnosis, null, 2));
    } else {
      const width = Math.max(...diagnosis.checks.map((check) => check.check.length));
      for (const check of diagnosis.checks) {
        const mark = check.ok === null ? '  -  ' : check.ok ? ' ok  ' : 'FAIL ';
        console.log(`${mark}${check.check.padEnd(width)}  received: ${check.received}`);
        console.log(`     ${''.padEnd(width)}  expected: ${check.expected}`);
      }
      console.log(
        diagnosis.accepted
          ? '\nACCEPTED: a server with this configuration accepts this token.'
          : `\nREFUSED: ${diagnosis.reasons.join(' ← ')}`,
      );
    }
    return diagnosis.accepted ? 0 : 1;
  },
};
