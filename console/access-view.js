// "See as this user": their effective access as their own requests see it, and the permission check.
import { admin, listAll } from './api.js';
import { attempt, errorBlock, field, h, render, roleBadge, statusBadge, table } from './ui.js';

const SOURCES = {
  global: 'a global permission',
  organization: 'their roles in the organization',
  resource: 'a grant on that resource',
};

export async function accessView(id) {
  let access;
  let permissions;
  try {
    [access, permissions] = await Promise.all([
      admin('GET', `/users/${id}/access`).then((r) => r.data),
      listAll('/permissions').catch(() => []),
    ]);
  } catch (error) {
    return render(
      h('p', {}, h('a', { href: '#/users' }, '← Users')),
      h('h2', {}, 'See as this user'),
      errorBlock(error),
    );
  }
  const label = access.email ?? access.fullName ?? access.userId;

  const organizations = h(
    'div',
    { class: 'cards', id: 'access-organizations' },
    access.organizations.length === 0
      ? h('p', { class: 'muted' }, 'Not a member of any organization.')
      : access.organizations.map((org) =>
          h(
            'section',
            { class: 'card', 'aria-label': org.name, dataset: { organizationId: org.id } },
            h(
              'h4',
              {},
              h('a', { href: `#/organizations/${org.id}` }, org.name),
              org.isCurrent ? ' (current)' : '',
              org.isPrimary ? ' (primary)' : '',
            ),
            h('p', {}, 'Organization ', statusBadge(org.status), ' · membership ', statusBadge(org.membershipStatus)),
            h(
              'div',
              { class: 'actions' },
              org.roles.length ? org.roles.map(roleBadge) : h('span', { class: 'muted' }, 'no roles'),
            ),
            h(
              'p',
              {},
              org.permissions.length
                ? [
                    h('span', { class: 'muted' }, 'Permissions here: '),
                    h('span', { class: 'permissions' }, org.permissions.join(', ')),
                  ]
                : h(
                    'span',
                    { class: 'muted' },
                    org.membershipStatus === 'active' && org.status === 'active'
                      ? 'No permissions here.'
                      : 'No permissions here while this is not active.',
                  ),
            ),
          ),
        ),
  );

  const checks = [];
  const results = h('div', { id: 'check-results' });
  const drawResults = () =>
    results.replaceChildren(
      table(
        'Permission checks',
        ['Permission', 'Where', 'Allowed', 'Because'],
        checks.map((check) => [
          h('code', {}, check.permission),
          [
            check.organizationId
              ? (access.organizations.find((o) => o.id === check.organizationId)?.name ?? check.organizationId)
              : 'current organization',
            check.resource ? ` · ${check.resource.type}:${check.resource.id}` : '',
          ].join(''),
          h(
            'span',
            { class: `allowed-${check.result.allowed}`, dataset: { allowed: String(check.result.allowed) } },
            check.result.allowed ? 'allowed' : 'not allowed',
          ),
          check.result.source
            ? h(
                'span',
                { class: 'source', dataset: { source: check.result.source } },
                `${check.result.source} — ${SOURCES[check.result.source]}`,
              )
            : '—',
        ]),
        'No checks yet.',
      ),
    );
  const slot = h('div');
  const run = async (list) => {
    const body = {
      checks: list.map(({ permission, organizationId, resource }) => ({
        permission,
        ...(organizationId ? { organizationId } : {}),
        ...(resource ? { resource } : {}),
      })),
    };
    const answer = await admin('POST', `/users/${id}/permissions/check`, body);
    return answer.data.results;
  };

  const permission = h('input', {
    name: 'permission',
    id: 'check-permission',
    required: true,
    list: 'known-permissions',
    placeholder: 'projects:edit',
  });
  const organization = h(
    'select',
    { name: 'organizationId', id: 'check-organization' },
    h('option', { value: '' }, 'Their current organization'),
    access.organizations.map((org) => h('option', { value: org.id }, org.name)),
  );
  const resourceType = h('input', { name: 'resourceType', id: 'check-resource-type', placeholder: 'optional' });
  const resourceId = h('input', { name: 'resourceId', id: 'check-resource-id', placeholder: 'optional' });
  const form = h(
    'form',
    { class: 'row', id: 'check-form', 'aria-label': 'Check a permission' },
    field('Permission', permission),
    field('Organization', organization),
    field('Resource type', resourceType),
    field('Resource id', resourceId),
    h('button', { type: 'submit' }, 'Check'),
    h(
      'datalist',
      { id: 'known-permissions' },
      permissions.map((p) => h('option', { value: p.key })),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const check = {
      permission: permission.value.trim(),
      organizationId: organization.value || null,
      resource:
        resourceType.value.trim() || resourceId.value.trim()
          ? { type: resourceType.value.trim(), id: resourceId.value.trim() }
          : null,
    };
    await attempt(slot, async () => {
      const [result] = await run([check]);
      checks.unshift({ ...check, result });
      drawResults();
    });
  });
  const recheck = h('button', { type: 'button', class: 'secondary', id: 'check-again' }, 'Check all again');
  recheck.addEventListener('click', () =>
    attempt(slot, async () => {
      if (checks.length === 0) return;
      const fresh = await run(checks);
      fresh.forEach((result, index) => {
        checks[index].result = result;
      });
      drawResults();
      results.dataset.round = String(Number(results.dataset.round ?? 0) + 1);
    }),
  );
  drawResults();

  const grants = [
    ...access.globalPermissions.map((g) => ['global', h('code', {}, g.key), '—']),
    ...access.platformRoles.map((r) => ['platform role', roleBadge(r), r.permissions.join(', ')]),
    ...access.resourceRoleGrants.map((g) => [
      `resource ${g.resourceType}:${g.resourceId}`,
      roleBadge(g.role),
      g.permissions.join(', '),
    ]),
    ...access.resourcePermissionGrants.map((g) => [
      `resource ${g.resourceType}:${g.resourceId}`,
      h('code', {}, g.permission),
      '—',
    ]),
  ];

  render(
    h('p', {}, h('a', { href: `#/users/${id}` }, `← ${label}`)),
    h('h2', {}, `See as ${label}`),
    h(
      'p',
      {},
      access.isPlatformAdmin
        ? 'Platform admin (this alone grants no permission in the checks below).'
        : 'Not a platform admin.',
      ' Shown as their own requests see it now.',
    ),
    h('h3', {}, 'Organizations'),
    organizations,
    h('h3', {}, 'Global and resource grants'),
    table('Grants', ['Where', 'Grant', 'Gives'], grants, 'No global or resource grants.'),
    h('h3', {}, 'Check a permission'),
    form,
    slot,
    h('div', { class: 'toolbar' }, recheck),
    results,
  );
}
