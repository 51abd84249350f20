import { loadConfig, readEnvironment } from '../../config/config.ts';
import { loadDevIssuer } from '../../identity/dev-issuer.ts';
import { UsageError, type Command } from '../command.ts';

export const tokenCommand: Command = {
  name: 'token',
  summary: 'Print an access token from the dev issuer (development only)',
  usage: [
    'roster token --email <email> [--name "First Last"] [--sid <session>] [--metadata <json>] [--expires-in <seconds>]',
    '             [--json]',
    '',
    'Signs a token with the dev issuer key in ROSTER_DATA_DIR. The same email always gets the same',
    'subject. --metadata is placed under AUTH_METADATA_CLAIM, e.g. --metadata \'{"role":"admin"}\'.',
    'Only when AUTH_ISSUER is unset and NODE_ENV is not production.',
  ].join('\n'),
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    sid: { type: 'string' },
    metadata: { type: 'string' },
    'expires-in': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values) {
    const config = loadConfig(readEnvironment());
    if (config.auth.mode !== 'dev') throw new UsageError('the dev issuer is off because AUTH_ISSUER is set');
    const email = values.email;
    if (typeof email !== 'string' || !email.includes('@')) throw new UsageError('--email <address> is required');
    const issuer = await loadDevIssuer(config.dataDir);
    const token = await issuer.sign({
      email,
      ...(typeof values.name === 'string' ? { name: values.name } : {}),
      ...(typeof values.sid === 'string' ? { sessionId: values.sid } : {}),
      ...(typeof values.metadata === 'string' ? { metadata: parseMetadata(values.metadata) } : {}),
      ...(typeof values['expires-in'] === 'string' ? { expiresInS: parseSeconds(values['expires-in']) } : {}),
      metadataClaim: config.metadataClaim,
    });
    console.log(values.json ? JSON.stringify({ token, issuer: issuer.issuer }) : token);
    return 0;
  },
};

function parseMetadata(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('--metadata must be a JSON object');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError('--metadata must be a JSON object');
  return value as Record<string, unknown>;
}

function parseSeconds(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError('--expires-in takes a whole number of seconds');
  return Number(text);
}
