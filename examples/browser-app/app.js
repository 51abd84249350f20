// The frontend bootstrap of an app on Roster: who is signed in, their organizations, and which
// actions to offer — each button shown only when roster.can(…) allows it.
import { createRosterClient, RosterApiError } from '@roster/client';

const $ = (selector) => document.querySelector(selector);
let roster = null;

// A link may name the Roster to talk to: ?roster=https://roster.example.com
const named = new URLSearchParams(location.search).get('roster');
if (named) $('#roster-url').value = named;

$('#sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('#token').value.trim();
  roster = createRosterClient({ baseUrl: $('#roster-url').value.trim(), token });
  run(showEverything);
});
$('#check-again').addEventListener('click', () => run(showActions));

async function showEverything() {
  const [me, { organizations, currentOrganizationId }] = await Promise.all([roster.usersMe(), roster.organizations()]);
  $('#user-name').textContent = me.fullName ?? me.email ?? me.id;
  $('#user-email').textContent = me.email ?? '';
  $('#organizations').replaceChildren(
    ...organizations.map((organization) => organizationItem(organization, currentOrganizationId)),
  );
  $('#sign-in').hidden = true;
  $('#signed-in').hidden = false;
  await showActions();
}

function organizationItem(organization, currentOrganizationId) {
  const item = document.createElement('li');
  const current = organization.id === currentOrganizationId;
  item.setAttribute('aria-current', String(current));
  item.dataset.organizationId = organization.id;
  const name = Object.assign(document.createElement('span'), { className: 'name', textContent: organization.name });
  const role = Object.assign(document.createElement('span'), {
    className: 'role',
    textContent: organization.userRole ?? 'no role',
  });
  item.append(name, role);
  if (current) {
    item.append(Object.assign(document.createElement('span'), { className: 'muted', textContent: 'current' }));
  } else if (organization.status === 'active') {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: `Switch to ${organization.name}`,
    });
    button.addEventListener('click', () =>
      run(async () => {
        await roster.switchOrganization(organization.id);
        await showEverything();
      }),
    );
    item.append(button);
  } else {
    item.append(
      Object.assign(document.createElement('span'), { className: 'muted', textContent: organization.status }),
    );
  }
  return item;
}

/** Asks Roster about every action button at once (one cached GET each) and shows the allowed ones. */
async function showActions() {
  const buttons = [...document.querySelectorAll('#actions [data-permission]')];
  const allowed = await Promise.all(
    buttons.map((button) => {
      const { permission, resourceType, resourceId } = button.dataset;
      return roster.can(permission, resourceType ? { resource: { type: resourceType, id: resourceId } } : {});
    }),
  );
  buttons.forEach((button, index) => {
    button.hidden = !allowed[index];
  });
  $('#nothing-allowed').hidden = allowed.some(Boolean);
  const actions = $('#actions');
  actions.dataset.checked = String(Number(actions.dataset.checked) + 1);
}

async function run(work) {
  $('#error').hidden = true;
  try {
    await work();
  } catch (error) {
    $('#error').textContent = error instanceof RosterApiError ? `${error.code}: ${error.message}` : String(error);
    $('#error').hidden = false;
  }
}
