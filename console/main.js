// Boot: settings → sign-in (or the issuer's redirect back) → access probe → hash router.
import { admin, setToken } from './api.js';
import { devSignIn, finishSignIn, isCallback, loadSettings, startSignIn } from './auth.js';
import { auditView } from './audit-view.js';
import { invitationsView } from './invitations-view.js';
import { organizationView } from './organization-view.js';
import { organizationsView } from './organizations-view.js';
import { rolesView } from './roles-view.js';
import { accessView } from './access-view.js';
import { userView } from './user-view.js';
import { usersView } from './users-view.js';
import { webhooksView } from './webhooks-view.js';
import { attempt, errorBlock, field, h, render } from './ui.js';

const ROUTES = [
  [/^#\/organizations\/([^/]+)$/, organizationView],
  [/^#\/organizations$/, organizationsView],
  [/^#\/users\/([^/]+)\/access$/, accessView],
  [/^#\/users\/([^/]+)$/, userView],
  [/^#\/users$/, usersView],
  [/^#\/roles$/, rolesView],
  [/^#\/invitations$/, invitationsView],
  [/^#\/webhooks$/, webhooksView],
  [/^#\/audit$/, auditView],
];

function route() {
  const hash = location.hash || '#/organizations';
  for (const [pattern, view] of ROUTES) {
    const match = pattern.exec(hash);
    if (match) {
      for (const link of document.querySelectorAll('#nav a')) {
        const current = hash === link.getAttribute('href') || hash.startsWith(`${link.getAttribute('href')}/`);
        if (current) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
      return view(...match.slice(1).map(decodeURIComponent));
    }
  }
  location.hash = '#/organizations';
}

async function enter(session) {
  setToken(session.accessToken);
  try {
    await admin('GET', '/organizations?limit=1');
  } catch (error) {
    setToken(null);
    return error.status === 403 ? noAccess(session.label) : signInScreen(window.settings, error);
  }
  document.getElementById('who-name').textContent = `Signed in as ${session.label}`;
  document.getElementById('who').hidden = false;
  document.getElementById('nav').hidden = false;
  document.body.dataset.signedIn = 'true';
  window.addEventListener('hashchange', route);
  route();
}

function noAccess(label) {
  render(
    h('h2', {}, 'No access to the console'),
    h(
      'div',
      { class: 'error', role: 'alert', id: 'no-access' },
      h(
        'p',
        {},
        `You are signed in as ${label}, but only platform admins and holders of the global permission `,
        h('code', {}, 'roster:admin'),
        ' may use the console.',
      ),
      h('p', {}, 'To get access, ask an operator to run one of these on the Roster server:'),
      h(
        'pre',
        {},
        `npx roster admin grant --email ${label}\nnpx roster grant --email ${label} --permission roster:admin`,
      ),
      h(
        'p',
        {},
        'Already granted? Roster links a sign-in to its user on the first request to an app it backs, ',
        'and the admin API never does: if you have never signed in to such an app, do so once, ',
        'then sign in here again.',
      ),
    ),
    h('button', { type: 'button', onclick: () => location.reload() }, 'Sign in as someone else'),
  );
}

function signInScreen(settings, error) {
  const slot = h('div');
  if (error) slot.append(errorBlock(error));
  if (settings.mode === 'dev') {
    const email = h('input', {
      id: 'dev-email',
      type: 'email',
      name: 'email',
      value: 'root@example.com',
      required: true,
      autocomplete: 'email',
    });
    const form = h(
      'form',
      { class: 'row', id: 'dev-sign-in' },
      field('Demo user email', email),
      h('button', { type: 'submit' }, 'Sign in'),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await attempt(slot, async () => enter(await devSignIn(email.value.trim())));
    });
    return render(
      h('h2', {}, 'Sign in'),
      h(
        'p',
        {},
        'Roster runs with its development issuer. Sign in as a demo user in one click — ',
        h('code', {}, 'root@example.com'),
        ' is the platform admin after ',
        h('code', {}, 'npx roster seed-demo'),
        '.',
      ),
      form,
      slot,
    );
  }
  if (!settings.clientId) {
    return render(
      h('h2', {}, 'Sign-in is not set up'),
      h(
        'div',
        { class: 'notice', id: 'setup-help' },
        h(
          'p',
          {},
          'The console signs in at your identity provider (',
          h('code', {}, settings.issuer),
          ') as a public OAuth client ',
          'with the authorization code flow and PKCE. To enable it:',
        ),
        h(
          'ol',
          {},
          h(
            'li',
            {},
            'Register a public client (no secret) at the identity provider, with the redirect URI ',
            h('code', {}, `${location.origin}/console`),
            '.',
          ),
          h('li', {}, 'Start Roster with ', h('code', {}, 'ROSTER_CONSOLE_CLIENT_ID=<that client id>'), '.'),
        ),
      ),
    );
  }
  const button = h('button', { type: 'button', id: 'sign-in' }, 'Sign in with your identity provider');
  button.addEventListener('click', () => attempt(slot, () => startSignIn(settings)));
  return render(
    h('h2', {}, 'Sign in'),
    h('p', {}, 'You will be sent to ', h('code', {}, settings.issuer), ' and back.'),
    button,
    slot,
  );
}

async function boot() {
  const settings = await loadSettings();
  window.settings = settings;
  document.getElementById('sign-out').addEventListener('click', () => {
    setToken(null);
    location.replace(`${location.pathname}`);
  });
  if (settings.mode === 'issuer' && settings.clientId && isCallback()) {
    try {
      return await enter(await finishSignIn(settings));
    } catch (error) {
      return signInScreen(settings, error);
    }
  }
  signInScreen(settings);
}

boot().catch((error) => render(h('h2', {}, 'The console could not start'), errorBlock(error)));
