// Roles and their permissions as a matrix: tick a box to give a role a permission.
import { admin, listAll } from './api.js';
import { announce, attempt, errorBlock, field, h, render, roleBadge } from './ui.js';

export async function rolesView() {
  let roles;
  let permissions;
  try {
    [roles, permissions] = await Promise.all([listAll('/roles'), listAll('/permissions')]);
  } catch (error) {
    return render(h('h2', {}, 'Roles'), errorBlock(error));
  }
  const slot = h('div');
  const scope = h(
    'select',
    { id: 'role-scope', name: 'scope' },
    ['organization', 'platform', 'resource'].map((s) => h('option', { value: s }, s)),
  );
  const filter = h('input', { type: 'search', id: 'permission-filter', placeholder: 'e.g. projects' });
  const matrix = h('div', { class: 'table-wrap' });
  const draw = () => {
    const shown = roles.filter((role) => role.scope === scope.value).sort((a, b) => b.rank - a.rank);
    const term = filter.value.trim().toLowerCase();
    const rows = permissions.filter((p) => !term || p.key.includes(term));
    matrix.replaceChildren(
      h(
        'table',
        { class: 'matrix' },
        h(
          'caption',
          { class: 'muted' },
          `Permissions of ${scope.value} roles (global roles, and each organization's own)`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Permission'),
            shown.map((role) =>
              h(
                'th',
                { scope: 'col' },
                roleBadge(role),
                role.organizationId ? h('div', { class: 'muted' }, 'own role') : null,
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((permission) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, h('code', {}, permission.key)),
              shown.map((role) => {
                const box = h('input', {
                  type: 'checkbox',
                  checked: role.permissions.includes(permission.key),
                  'aria-label': `${role.name} may ${permission.key}`,
                });
                box.addEventListener('change', () => toggle(role, permission.key, box));
                return h('td', {}, box);
              }),
            ),
          ),
        ),
      ),
    );
  };
  async function toggle(role, key, box) {
    const next = box.checked ? [...role.permissions, key] : role.permissions.filter((k) => k !== key);
    const ok = await attempt(slot, async () => {
      role.permissions = (await admin('PATCH', `/roles/${role.id}`, { permissions: next })).data.permissions;
      announce(`${role.name} ${box.checked ? 'now has' : 'no longer has'} ${key}.`);
    });
    if (!ok) box.checked = !box.checked;
  }
  scope.addEventListener('change', draw);
  filter.addEventListener('input', draw);

  const key = h('input', { name: 'key', required: true });
  const name = h('input', { name: 'name', required: true });
  const rank = h('input', { name: 'rank', type: 'number', value: '10', min: '0' });
  const color = h('input', { name: 'color', type: 'color', value: '#607d8b' });
  const newScope = h(
    'select',
    { name: 'newScope' },
    ['organization', 'platform', 'resource'].map((s) => h('option', { value: s }, s)),
  );
  const form = h(
    'form',
    { class: 'row', 'aria-label': 'Create a role' },
    field('Key', key),
    field('Name', name),
    field('Rank', rank),
    field('Colour', color),
    field('Scope', newScope),
    h('button', { type: 'submit' }, 'Create role'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await attempt(slot, async () => {
      const role = (
        await admin('POST', '/roles', {
          key: key.value,
          name: name.value,
          rank: Number(rank.value),
          color: color.value,
          scope: newScope.value,
        })
      ).data;
      roles.push(role);
      announce(`Created ${role.name}.`);
      scope.value = role.scope;
      draw();
    });
  });
  const newPermission = h('input', { name: 'permission', required: true, placeholder: 'reports:read' });
  const permissionForm = h(
    'form',
    { class: 'row', 'aria-label': 'Create a permission' },
    field('Permission key', newPermission),
    h('button', { type: 'submit' }, 'Create permission'),
  );
  permissionForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    await attempt(slot, async () => {
      permissions.push((await admin('POST', '/permissions', { key: newPermission.value.trim() })).data);
      announce(`Created ${newPermission.value}.`);
      newPermission.value = '';
      draw();
    });
  });
  draw();
  render(
    h('h2', {}, 'Roles and permissions'),
    h('div', { class: 'toolbar' }, field('Scope', scope), field('Filter permissions', filter)),
    slot,
    matrix,
    h('fieldset', {}, h('legend', {}, 'New role'), form),
    h('fieldset', {}, h('legend', {}, 'New permission'), permissionForm),
  );
}
