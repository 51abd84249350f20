// Organizations: list (search over the loaded pages, "Load more" for the next), create, suspend, archive.
import { admin, query } from './api.js';
import { announce, attempt, confirmAction, field, h, pagedList, render, statusBadge, table } from './ui.js';

/** Suspends, reactivates or archives after confirming; returns whether it changed. */
export async function setOrganizationStatus(organization, status, slot) {
  const verbs = { suspended: 'Suspend', archived: 'Archive', active: 'Reactivate' };
  const effects = {
    suspended: 'Its members keep their memberships but get no permissions there until it is reactivated.',
    archived: "It disappears from every member's organizations.",
    active: 'Its members get their permissions there again.',
  };
  if (!(await confirmAction(`${verbs[status]} ${organization.name}? ${effects[status]}`, verbs[status]))) return false;
  return attempt(slot, async () => {
    await admin('PATCH', `/organizations/${organization.id}`, { status });
    announce(`${organization.name} is now ${status}.`);
  });
}

export function organizationsView() {
  const slot = h('div');
  const search = h('input', { type: 'search', id: 'organization-search', placeholder: 'name or slug' });
  const draw = (items) => {
    const term = search.value.trim().toLowerCase();
    const rows = items
      .filter((org) => !term || org.name.toLowerCase().includes(term) || org.slug.includes(term))
      .map((org) => [
        h('a', { href: `#/organizations/${org.id}` }, org.name),
        h('code', {}, org.slug),
        statusBadge(org.status),
        h(
          'div',
          { class: 'actions' },
          org.status !== 'suspended' && org.status !== 'archived'
            ? h(
                'button',
                { type: 'button', class: 'secondary', onclick: () => change(org, 'suspended') },
                `Suspend ${org.name}`,
              )
            : null,
          org.status !== 'active'
            ? h(
                'button',
                { type: 'button', class: 'secondary', onclick: () => change(org, 'active') },
                `Reactivate ${org.name}`,
              )
            : null,
          org.status !== 'archived'
            ? h(
                'button',
                { type: 'button', class: 'danger', onclick: () => change(org, 'archived') },
                `Archive ${org.name}`,
              )
            : null,
        ),
      ]);
    return table(
      'Organizations',
      ['Name', 'Slug', 'Status', 'Actions'],
      rows,
      term ? 'No loaded organization matches.' : 'No organizations yet.',
    );
  };
  const list = pagedList((cursor) => admin('GET', `/organizations${query({ limit: 25, cursor })}`), draw);
  const change = async (org, status) => {
    if (await setOrganizationStatus(org, status, slot)) await list.reload();
  };
  search.addEventListener('input', () => list.redraw());

  const name = h('input', { name: 'name', required: true, maxlength: 200 });
  const slug = h('input', { name: 'slug', required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', maxlength: 100 });
  const description = h('input', { name: 'description' });
  name.addEventListener('input', () => {
    if (!slug.dataset.touched)
      slug.value = name.value
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
  });
  slug.addEventListener('input', () => {
    slug.dataset.touched = 'true';
  });
  const createSlot = h('div');
  const form = h(
    'form',
    { class: 'row', id: 'create-organization', 'aria-label': 'Create an organization' },
    field('Name', name),
    field('Slug', slug),
    field('Description', description),
    h('button', { type: 'submit' }, 'Create organization'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      name: name.value,
      slug: slug.value,
      ...(description.value ? { description: description.value } : {}),
    };
    await attempt(createSlot, async () => {
      const created = (await admin('POST', '/organizations', body)).data;
      announce(`Created ${created.name}.`);
      location.hash = `#/organizations/${created.id}`;
    });
  });

  render(
    h('h2', {}, 'Organizations'),
    h('fieldset', {}, h('legend', {}, 'New organization'), form, createSlot),
    h('div', { class: 'toolbar' }, field('Search loaded organizations', search)),
    slot,
    list,
  );
}
