// Invitations: list (by organization or email), create, revoke.
import { admin, listAll, query } from './api.js';
import { announce, attempt, confirmAction, field, h, pagedList, render, table } from './ui.js';

export async function invitationsView() {
  const slot = h('div');
  const organizations = await listAll('/organizations').catch(() => []);
  const names = new Map(organizations.map((org) => [org.id, org.name]));
  const orgSelect = (id, withAll) =>
    h(
      'select',
      { id, name: 'organizationId' },
      withAll ? h('option', { value: '' }, 'All organizations') : null,
      organizations.map((org) => h('option', { value: org.id }, org.name)),
    );
  const filterOrg = orgSelect('invitation-organization', true);
  const filterEmail = h('input', { type: 'search', id: 'invitation-email', placeholder: 'email' });
  const listSlot = h('div');
  const draw = (items) =>
    table(
      'Invitations',
      ['Email', 'Organization', 'Role', 'Expires', 'State', 'Actions'],
      items.map((inv) => [
        inv.email,
        names.get(inv.organizationId) ?? inv.organizationId,
        inv.role ?? 'default',
        new Date(inv.expiresAt).toLocaleString(),
        inv.usedAt
          ? `used ${new Date(inv.usedAt).toLocaleString()}`
          : new Date(inv.expiresAt) < new Date()
            ? 'expired'
            : 'pending',
        inv.usedAt
          ? ''
          : h(
              'button',
              {
                type: 'button',
                class: 'danger',
                onclick: async () => {
                  if (!(await confirmAction(`Revoke the invitation of ${inv.email}?`, 'Revoke'))) return;
                  await attempt(slot, async () => {
                    await admin('DELETE', `/invitations/${inv.id}`);
                    announce('Revoked.');
                    show();
                  });
                },
              },
              `Revoke ${inv.email}`,
            ),
      ]),
      'No invitations.',
    );
  const criteria = () => ({ organizationId: filterOrg.value, email: filterEmail.value.trim() });
  const show = () =>
    listSlot.replaceChildren(
      pagedList((cursor) => admin('GET', `/invitations${query({ ...criteria(), limit: 25, cursor })}`), draw),
    );
  const filters = h(
    'form',
    { class: 'row', role: 'search', 'aria-label': 'Filter invitations' },
    field('Organization', filterOrg),
    field('Email', filterEmail),
    h('button', { type: 'submit' }, 'Filter'),
  );
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });

  const email = h('input', { type: 'email', name: 'email', required: true });
  const org = orgSelect('new-invitation-organization', false);
  const role = h('input', { name: 'role', placeholder: 'role key (optional)' });
  const form = h(
    'form',
    { class: 'row', 'aria-label': 'Invite someone' },
    field('Email', email),
    field('Organization', org),
    field('Role', role),
    h('button', { type: 'submit' }, 'Invite'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await attempt(slot, async () => {
      await admin('POST', '/invitations', {
        email: email.value.trim(),
        organizationId: org.value,
        ...(role.value.trim() ? { role: role.value.trim() } : {}),
      });
      announce(`Invited ${email.value}.`);
      email.value = '';
      show();
    });
  });
  render(
    h('h2', {}, 'Invitations'),
    h('fieldset', {}, h('legend', {}, 'New invitation'), form),
    slot,
    filters,
    listSlot,
  );
  show();
}
