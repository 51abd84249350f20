// One user: edit profile fields, platform admin, global permission grants and resource grants.
import { admin, listAll } from './api.js';
import { announce, attempt, confirmAction, errorBlock, field, h, render, roleBadge, table } from './ui.js';

const EDITABLE = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['email', 'Email'],
  ['phone', 'Phone (E.164)'],
  ['headline', 'Headline'],
];

export async function userView(id) {
  let user;
  let access;
  let permissions;
  try {
    [user, access, permissions] = await Promise.all([
      admin('GET', `/users/${id}`).then((r) => r.data),
      admin('GET', `/users/${id}/access`).then((r) => r.data),
      listAll('/permissions'),
    ]);
  } catch (error) {
    return render(h('p', {}, h('a', { href: '#/users' }, '← Users')), h('h2', {}, 'User'), errorBlock(error));
  }
  const label = user.email ?? user.id;
  const slot = h('div');
  const again = () => userView(id);

  const inputs = EDITABLE.map(([name]) => [name, h('input', { name, value: user[name] ?? '' })]);
  const edit = h(
    'form',
    { class: 'row', id: 'edit-user', 'aria-label': 'Edit user' },
    inputs.map(([name, input]) => field(EDITABLE.find(([n]) => n === name)[1], input)),
    h('button', { type: 'submit' }, 'Save'),
  );
  edit.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {};
    for (const [name, input] of inputs) {
      const value = input.value.trim();
      if (value !== (user[name] ?? '')) body[name] = value === '' ? null : value;
    }
    if (Object.keys(body).length === 0) return announce('Nothing changed.');
    await attempt(slot, async () => {
      await admin('PATCH', `/users/${id}`, body);
      announce('Saved.');
      await again();
    });
  });

  const adminBox = h('input', { type: 'checkbox', id: 'platform-admin', checked: access.isPlatformAdmin });
  adminBox.addEventListener('change', async () => {
    const on = adminBox.checked;
    if (
      !(await confirmAction(
        on
          ? `Make ${label} a platform admin? They can change everything here.`
          : `Remove ${label}'s platform admin standing?`,
        on ? 'Make admin' : 'Remove',
      ))
    ) {
      adminBox.checked = !on;
      return;
    }
    await attempt(slot, async () => {
      await admin(on ? 'PUT' : 'DELETE', `/users/${id}/platform-admin`);
      announce(on ? `${label} is a platform admin.` : `${label} is no longer a platform admin.`);
    });
  });

  const revoke = (text, path) => async () => {
    if (!(await confirmAction(`Revoke ${text} from ${label}?`, 'Revoke'))) return;
    await attempt(slot, async () => {
      await admin('DELETE', path);
      announce(`Revoked ${text}.`);
      await again();
    });
  };
  const globalTable = table(
    'Global permissions',
    ['Permission', 'Granted', 'Actions'],
    access.globalPermissions.map((grant) => [
      h('code', {}, grant.key),
      new Date(grant.grantedAt).toLocaleString(),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: revoke(grant.key, `/users/${id}/permissions/${encodeURIComponent(grant.key)}`),
        },
        `Revoke ${grant.key}`,
      ),
    ]),
    'No global permissions.',
  );
  const permissionOptions = permissions.map((p) =>
    h('option', { value: p.key }, p.description ? `${p.key} — ${p.description}` : p.key),
  );
  const grantKey = h('select', { name: 'key', id: 'grant-permission' }, permissionOptions);
  const grantForm = h(
    'form',
    { class: 'row', 'aria-label': 'Grant a global permission' },
    field('Permission', grantKey),
    h('button', { type: 'submit' }, 'Grant'),
  );
  grantForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    await attempt(slot, async () => {
      await admin('POST', `/users/${id}/permissions`, { key: grantKey.value });
      announce(`Granted ${grantKey.value}.`);
      await again();
    });
  });

  const resourceRows = [
    ...access.resourceRoleGrants.map((grant) => [
      `${grant.resourceType}:${grant.resourceId}`,
      roleBadge(grant.role),
      grant.permissions.join(', '),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: revoke(
            `${grant.role.name} on ${grant.resourceType}:${grant.resourceId}`,
            `/users/${id}/resource-grants/${grant.id}`,
          ),
        },
        'Revoke',
      ),
    ]),
    ...access.resourcePermissionGrants.map((grant) => [
      `${grant.resourceType}:${grant.resourceId}`,
      '—',
      grant.permission,
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: revoke(
            `${grant.permission} on ${grant.resourceType}:${grant.resourceId}`,
            `/users/${id}/resource-grants/${grant.id}`,
          ),
        },
        'Revoke',
      ),
    ]),
  ];
  const resourceType = h('input', { name: 'resourceType', required: true, placeholder: 'project' });
  const resourceId = h('input', { name: 'resourceId', required: true, placeholder: 'p-42' });
  const kind = h(
    'select',
    { name: 'kind' },
    h('option', { value: 'role' }, 'a role'),
    h('option', { value: 'permission' }, 'a permission'),
  );
  const what = h('input', { name: 'what', required: true, placeholder: 'role key or permission key' });
  const resourceForm = h(
    'form',
    { class: 'row', 'aria-label': 'Grant on a resource' },
    field('Resource type', resourceType),
    field('Resource id', resourceId),
    field('Grant', kind),
    field('Key', what),
    h('button', { type: 'submit' }, 'Grant'),
  );
  resourceForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      resourceType: resourceType.value.trim(),
      resourceId: resourceId.value.trim(),
      [kind.value]: what.value.trim(),
    };
    await attempt(slot, async () => {
      await admin('POST', `/users/${id}/resource-grants`, body);
      announce('Granted.');
      await again();
    });
  });

  render(
    h('p', {}, h('a', { href: '#/users' }, '← Users')),
    h('h2', {}, user.fullName ?? label),
    h(
      'p',
      {},
      h('a', { href: `#/users/${id}/access`, id: 'see-as' }, 'See as this user'),
      ' — their effective access and permission checks.',
    ),
    slot,
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Id'),
      h('dd', {}, h('code', {}, user.id)),
      h('dt', {}, 'Email'),
      h('dd', {}, `${user.email ?? '—'}${user.emailVerified ? ' (verified)' : ''}`),
      h('dt', {}, 'Created'),
      h('dd', {}, new Date(user.createdAt).toLocaleString()),
      h('dt', {}, 'Organizations'),
      h(
        'dd',
        {},
        access.organizations.length
          ? access.organizations.map((org) =>
              h('span', {}, h('a', { href: `#/organizations/${org.id}` }, org.name), ' '),
            )
          : 'none',
      ),
    ),
    h('fieldset', {}, h('legend', {}, 'Profile'), edit),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Platform'),
      h('label', { class: 'inline' }, adminBox, 'Platform admin (may use the admin API and this console)'),
    ),
    h('h3', {}, 'Global permissions'),
    globalTable,
    grantForm,
    h('h3', {}, 'Resource grants'),
    table('Resource grants', ['Resource', 'Role', 'Permissions', 'Actions'], resourceRows, 'No resource grants.'),
    resourceForm,
  );
}
