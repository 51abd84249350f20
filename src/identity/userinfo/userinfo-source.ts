import type { Logger } from 'pino';
import { RosterError } from '../../domain/roster-error.ts';
import type { Principal } from '../principal.ts';
import type { LearnedProfile } from '../learned-profile.ts';
import { readBoundedJson } from '../bounded-body.ts';

/** Asks the identity provider about a principal: a profile, null when it knows nothing, or `Unavailable`. */
export type UserinfoSource = (principal: Principal) => Promise<LearnedProfile | null>;

/** Where a userinfo source reports a provider that refuses to answer. */
export type UserinfoLog = Pick<Logger, 'warn'>;

const TIMEOUT_MS = 5_000;

/**
 * GETs a JSON document: the parsed body on 200, null on another 4xx/2xx (nothing to learn —
 * logged at `warn` with the status and `source`, since a refused token or secret means users
 * are provisioned without an email), and `Unavailable` when the provider cannot be reached,
 * answers 5xx, or answers more than 1 MiB.
 */
export async function fetchJson(
  url: string,
  authorization: string,
  source: string,
  log?: UserinfoLog,
): Promise<unknown> {
  let response: Response;
  try {
    const headers = { authorization, accept: 'application/json' };
    response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (cause) {
    throw unavailable(cause);
  }
  if (response.status >= 500) {
    await response.body?.cancel();
    throw unavailable(new Error(`userinfo answered ${response.status}`));
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    const { status } = response;
    log?.warn({ source, url: url.split('?')[0], status }, `${source} refused to tell who the user is (HTTP ${status})`);
    return null;
  }
  try {
    return await readBoundedJson(response);
  } catch (cause) {
    throw unavailable(cause);
  }
}

function unavailable(cause: unknown): RosterError {
  return new RosterError('Unavailable', 'The identity provider cannot be reached', { retryAfterS: 30, cause });
}
