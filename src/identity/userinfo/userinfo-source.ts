import { RosterError } from '../../domain/roster-error.ts';
import type { Principal } from '../principal.ts';
import type { LearnedProfile } from '../learned-profile.ts';

/** Asks the identity provider about a principal: a profile, null when it knows nothing, or `Unavailable`. */
export type UserinfoSource = (principal: Principal) => Promise<LearnedProfile | null>;

const TIMEOUT_MS = 5_000;

/**
 * GETs a JSON document: the parsed body on 200, null on another 4xx/2xx (nothing to learn),
 * and `Unavailable` when the provider cannot be reached or answers 5xx.
 */
export async function fetchJson(url: string, authorization: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization, accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (cause) {
    throw unavailable(cause);
  }
  if (response.status >= 500) {
    await response.body?.cancel();
    throw unavailable(new Error(`userinfo answered ${response.status}`));
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    return null;
  }
  try {
    return await response.json();
  } catch (cause) {
    throw unavailable(cause);
  }
}

function unavailable(cause: unknown): RosterError {
  return new RosterError('Unavailable', 'The identity provider cannot be reached', { retryAfterS: 30, cause });
}
