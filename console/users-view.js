// Users: search by email (exact, case-insensitive), or browse every user page by page; create one.
import { admin, query } from './api.js';
import { announce, attempt, field, h, pagedList, render, table } from './ui.js';

export function usersView() {
  const email = h('input', {
    type: 'search',
    id: 'user-search',
    name: 'email',
    placeholder: 'alice@example.com',
    autocomplete: 'off',
  });
  const results = h('div');
  const draw = (users) =>
    table(
      'Users',
      ['Email', 'Name', 'Last sign-in'],
      users.map((user) => [
        h('a', { href: `#/users/${user.id}` }, user.email ?? user.id),
        user.fullName ?? '—',
        user.lastLoginAt ? new Date(user.lastLoginAt).toLocaleString() : 'never',
      ]),
      'No user with that email.',
    );
  const show = () =>
    results.replaceChildren(
      pagedList((cursor) => admin('GET', `/users${query({ email: email.value.trim(), limit: 25, cursor })}`), draw),
    );
  const searchForm = h(
    'form',
    { class: 'row', role: 'search', 'aria-label': 'Find users' },
    field('Email', email),
    h('button', { type: 'submit' }, 'Search'),
  );
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });

  const newEmail = h('input', { type: 'email', name: 'new-email', required: true });
  const firstName = h('input', { name: 'firstName' });
  const lastName = h('input', { name: 'lastName' });
  const createSlot = h('div');
  const createForm = h(
    'form',
    { class: 'row', 'aria-label': 'Create a user' },
    field('Email', newEmail),
    field('First name', firstName),
    field('Last name', lastName),
    h('button', { type: 'submit' }, 'Create user'),
  );
  createForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { email: newEmail.value.trim() };
    if (firstName.value.trim()) body.firstName = firstName.value.trim();
    if (lastName.value.trim()) body.lastName = lastName.value.trim();
    await attempt(createSlot, async () => {
      const user = (await admin('POST', '/users', body)).data;
      announce(`Created ${user.email}; their first sign-in with that verified email links to it.`);
      location.hash = `#/users/${user.id}`;
    });
  });

  render(
    h('h2', {}, 'Users'),
    searchForm,
    results,
    h('fieldset', {}, h('legend', {}, 'New user (pre-created; linked at first sign-in)'), createForm, createSlot),
  );
  show();
}
