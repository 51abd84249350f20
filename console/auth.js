// Signing in: authorization code + PKCE against the issuer (oauth4webapi), or the dev issuer's demo sign-in.
// The access token lives in memory only. The PKCE verifier and state sit in sessionStorage for the
// round trip to the issuer (this tab only) and are removed as soon as the code is exchanged.
import * as oauth from './vendor/oauth4webapi.js';

const PENDING_KEY = 'roster-console-pkce';

export async function loadSettings() {
  const response = await fetch('/console/settings.json');
  return response.json();
}

function redirectUri() {
  return `${location.origin}/console`;
}

function options(issuer) {
  const url = new URL(issuer);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  // oauth4webapi refuses plain http; allow it only for an issuer on this machine (development, tests).
  return url.protocol === 'http:' && loopback ? { [oauth.allowInsecureRequests]: true } : {};
}

async function discover(settings) {
  const issuer = new URL(settings.issuer);
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...options(settings.issuer) });
  return oauth.processDiscoveryResponse(issuer, response);
}

/** Sends the browser to the issuer's authorization endpoint. */
export async function startSignIn(settings) {
  const as = await discover(settings);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ codeVerifier, state }));
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', settings.scope);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  if (settings.resource) url.searchParams.set('resource', settings.resource);
  location.assign(url.href);
}

/** True when this page load is the issuer's redirect back (a code or an error in the query). */
export function isCallback() {
  const params = new URLSearchParams(location.search);
  return params.has('code') || params.has('error');
}

/**
 * Exchanges the code for tokens; returns `{ accessToken, label }`. Always removes the pending
 * PKCE values and the code from the address bar.
 */
export async function finishSignIn(settings) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
  sessionStorage.removeItem(PENDING_KEY);
  const current = new URL(location.href);
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  if (!pending)
    throw Object.assign(new Error('This sign-in was not started here (or was already used). Sign in again.'), {
      code: 'SignInFailed',
    });
  const as = await discover(settings);
  const client = { client_id: settings.clientId };
  const params = oauth.validateAuthResponse(as, client, current, pending.state);
  const extra = settings.resource ? { additionalParameters: { resource: settings.resource } } : {};
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.codeVerifier,
    { ...extra, ...options(settings.issuer) },
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  const claims = result.id_token ? oauth.getValidatedIdTokenClaims(result) : null;
  return { accessToken: result.access_token, label: claims?.email ?? claims?.name ?? claims?.sub ?? 'signed in' };
}

/** Dev issuer only: a token for a demo user, minted by this Roster for a loopback caller. */
export async function devSignIn(email) {
  const response = await fetch('/console/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw Object.assign(new Error(error.message ?? `Sign-in failed (${response.status})`), {
      code: error.code,
      details: error.details,
    });
  }
  return { accessToken: body.data.accessToken, label: email };
}
