// The audit log, newest first, filtered by actor, action and time.
import { admin, query } from './api.js';
import { field, h, pagedList, render, table } from './ui.js';

export function auditView() {
  const actor = h('input', { name: 'actor', id: 'audit-actor', placeholder: 'user id, admin-token, cli' });
  const action = h('input', { name: 'action', id: 'audit-action', placeholder: 'membership.created' });
  const since = h('input', { name: 'since', id: 'audit-since', type: 'datetime-local' });
  const results = h('div');
  const draw = (items) =>
    table(
      'Audit events',
      ['At', 'Actor', 'Action', 'Target'],
      items.map((event) => [
        new Date(event.at).toLocaleString(),
        h('code', {}, event.actor),
        h('code', {}, event.action),
        `${event.target.type}${event.target.id ? ` ${event.target.id}` : ''}`,
      ]),
      'No events match.',
    );
  const show = () => {
    const filters = () => ({ actor: actor.value.trim(), action: action.value.trim() });
    const sinceIso = since.value ? new Date(since.value).toISOString() : '';
    results.replaceChildren(
      pagedList(
        (cursor) => admin('GET', `/audit-events${query({ ...filters(), since: sinceIso, limit: 50, cursor })}`),
        draw,
      ),
    );
  };
  const form = h(
    'form',
    { class: 'row', role: 'search', 'aria-label': 'Filter the audit log' },
    field('Actor', actor),
    field('Action', action),
    field('Since', since),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  render(h('h2', {}, 'Audit log'), form, results);
  show();
}
