// One organization: edit its fields and status, and manage its members and their roles.
import { admin, listAll, query } from './api.js';
import { setOrganizationStatus } from './organizations-view.js';
import {
  announce,
  attempt,
  confirmAction,
  errorBlock,
  field,
  h,
  pagedList,
  render,
  roleBadge,
  statusBadge,
  table,
} from './ui.js';

/** The roles a member of this organization may hold: its own and the global organization roles, highest rank first. */
export async function organizationRoles(organizationId) {
  const roles = await listAll('/roles', { scope: 'organization' });
  return roles
    .filter((role) => role.organizationId === null || role.organizationId === organizationId)
    .sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name));
}

function roleChoices(roles, chosen, name) {
  return h(
    'fieldset',
    { class: 'roles' },
    h('legend', {}, 'Roles'),
    roles.map((role) =>
      h(
        'label',
        { class: 'inline' },
        h('input', { type: 'checkbox', name, value: role.id, checked: chosen.has(role.id) }),
        roleBadge(role),
      ),
    ),
  );
}

const checkedValues = (container) =>
  [...container.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);

export async function organizationView(id) {
  const slot = h('div');
  let organization;
  let roles;
  try {
    [organization, roles] = await Promise.all([
      admin('GET', `/organizations/${id}`).then((r) => r.data),
      organizationRoles(id),
    ]);
  } catch (error) {
    return render(
      h('h2', {}, 'Organization'),
      h('p', {}, h('a', { href: '#/organizations' }, 'Back to organizations')),
      errorBlock(error),
    );
  }
  const byId = new Map(roles.map((role) => [role.id, role]));

  const name = h('input', { name: 'name', value: organization.name, required: true });
  const slug = h('input', { name: 'slug', value: organization.slug, required: true });
  const description = h('textarea', { name: 'description', rows: 2 }, organization.description ?? '');
  const editForm = h(
    'form',
    { class: 'row', id: 'edit-organization', 'aria-label': 'Edit organization' },
    field('Name', name),
    field('Slug', slug),
    field('Description', description),
    h('button', { type: 'submit' }, 'Save'),
  );
  editForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    await attempt(slot, async () => {
      await admin('PATCH', `/organizations/${id}`, {
        name: name.value,
        slug: slug.value,
        description: description.value || null,
      });
      announce('Saved.');
      await organizationView(id);
    });
  });
  const statusButtons = ['active', 'suspended', 'archived']
    .filter((status) => status !== organization.status)
    .map((status) =>
      h(
        'button',
        {
          type: 'button',
          class: status === 'archived' ? 'danger' : 'secondary',
          onclick: async () => {
            if (await setOrganizationStatus(organization, status, slot)) await organizationView(id);
          },
        },
        { active: 'Reactivate', suspended: 'Suspend', archived: 'Archive' }[status],
      ),
    );

  // Members
  const memberSlot = h('div');
  const drawMembers = (members) =>
    table(
      'Members',
      ['Member', 'Status', 'Roles', 'Actions'],
      members.map((member) => [
        h('a', { href: `#/users/${member.userId}` }, member.email ?? member.userId),
        statusBadge(member.status),
        h(
          'div',
          { class: 'actions' },
          member.roles.map((role) => roleBadge({ ...role, ...byId.get(role.id) })),
        ),
        memberActions(member),
      ]),
      'No members yet.',
    );
  const members = pagedList(async (cursor) => {
    const page = await admin('GET', `/organizations/${id}/members${query({ limit: 25, cursor })}`);
    const users = await Promise.all(
      page.data.map((m) =>
        admin('GET', `/users/${m.userId}`)
          .then((r) => r.data)
          .catch(() => null),
      ),
    );
    return { ...page, data: page.data.map((m, index) => ({ ...m, email: users[index]?.email ?? null })) };
  }, drawMembers);

  function memberActions(member) {
    const label = member.email ?? member.userId;
    const edit = h('details', {}, h('summary', {}, `Change roles of ${label}`));
    const choices = roleChoices(roles, new Set(member.roles.map((role) => role.id)), `roles-${member.id}`);
    const save = h('button', { type: 'button' }, 'Save roles');
    save.addEventListener('click', () =>
      attempt(memberSlot, async () => {
        await admin('PATCH', `/memberships/${member.id}`, { roles: checkedValues(choices) });
        announce(`Roles of ${label} saved.`);
        await members.reload();
      }),
    );
    edit.append(choices, save);
    const toggle =
      member.status === 'suspended'
        ? h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => setMemberStatus(member, 'active') },
            `Reactivate ${label}`,
          )
        : h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => setMemberStatus(member, 'suspended') },
            `Suspend ${label}`,
          );
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'danger',
        onclick: async () => {
          if (!(await confirmAction(`Remove ${label} from ${organization.name}? They lose every role here.`, 'Remove')))
            return;
          await attempt(memberSlot, async () => {
            await admin('DELETE', `/memberships/${member.id}`);
            announce(`Removed ${label}.`);
            await members.reload();
          });
        },
      },
      `Remove ${label}`,
    );
    return h('div', { class: 'actions' }, edit, toggle, remove);
  }
  async function setMemberStatus(member, status) {
    const label = member.email ?? member.userId;
    if (
      status === 'suspended' &&
      !(await confirmAction(
        `Suspend ${label} in ${organization.name}? They keep the membership but get no permissions here.`,
        'Suspend',
      ))
    )
      return;
    await attempt(memberSlot, async () => {
      await admin('PATCH', `/memberships/${member.id}`, { status });
      announce(`${label} is now ${status}.`);
      await members.reload();
    });
  }

  const who = h('input', { name: 'member', id: 'member-who', required: true, placeholder: 'email or user id' });
  const addChoices = roleChoices(roles, new Set(), 'add-roles');
  const addSlot = h('div');
  const addForm = h(
    'form',
    { id: 'add-member', 'aria-label': 'Add a member' },
    h('div', { class: 'row' }, field('Email or user id', who)),
    addChoices,
    h('button', { type: 'submit' }, 'Add member'),
    addSlot,
  );
  addForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = who.value.trim();
    const target = /^[0-9a-f-]{36}$/i.test(value) ? { userId: value } : { email: value };
    await attempt(addSlot, async () => {
      await admin('POST', `/organizations/${id}/members`, { ...target, roles: checkedValues(addChoices) });
      announce(`Added ${value}.`);
      who.value = '';
      for (const box of addChoices.querySelectorAll('input')) box.checked = false;
      await members.reload();
    });
  });

  const inviteEmail = h('input', { type: 'email', name: 'invite-email', id: 'invite-email', required: true });
  const inviteRole = h(
    'select',
    { name: 'invite-role', id: 'invite-role' },
    h('option', { value: '' }, 'Default role'),
    roles.map((role) => h('option', { value: role.key }, `${role.name} (rank ${role.rank})`)),
  );
  const inviteSlot = h('div');
  const inviteForm = h(
    'form',
    { class: 'row', id: 'invite-member', 'aria-label': 'Invite by email' },
    field('Email', inviteEmail),
    field('Role', inviteRole),
    h('button', { type: 'submit' }, 'Invite'),
  );
  inviteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      email: inviteEmail.value.trim(),
      organizationId: id,
      ...(inviteRole.value ? { role: inviteRole.value } : {}),
    };
    await attempt(inviteSlot, async () => {
      await admin('POST', '/invitations', body);
      announce(`Invited ${body.email}: they join at their first sign-in with that verified email.`);
      inviteEmail.value = '';
    });
  });
  inviteForm.append(inviteSlot);

  render(
    h('p', {}, h('a', { href: '#/organizations' }, '← Organizations')),
    h('h2', {}, organization.name, ' ', statusBadge(organization.status)),
    slot,
    h('fieldset', {}, h('legend', {}, 'Details'), editForm, h('div', { class: 'actions' }, statusButtons)),
    h('h3', {}, 'Members'),
    h('fieldset', {}, h('legend', {}, 'Add a member'), addForm),
    h('fieldset', {}, h('legend', {}, 'Or invite by email'), inviteForm),
    memberSlot,
    members,
  );
}
