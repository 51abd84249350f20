// Webhooks: endpoints (create, enable/disable, delete) and each one's recent deliveries.
import { admin, query } from './api.js';
import { announce, attempt, confirmAction, field, h, pagedList, render, statusBadge, table } from './ui.js';

export function webhooksView() {
  const slot = h('div');
  const deliveries = h('section', { 'aria-live': 'polite' });
  const listSlot = h('div');
  const draw = (items) =>
    table(
      'Webhooks',
      ['URL', 'Events', 'Enabled', 'Actions'],
      items.map((hook) => [
        h('code', {}, hook.url),
        hook.events.join(', '),
        hook.enabled ? 'yes' : 'no',
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', onclick: () => showDeliveries(hook) }, 'Deliveries'),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () =>
                attempt(slot, async () => {
                  await admin('PATCH', `/webhooks/${hook.id}`, { enabled: !hook.enabled });
                  announce(hook.enabled ? 'Disabled.' : 'Enabled.');
                  show();
                }),
            },
            hook.enabled ? 'Disable' : 'Enable',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'danger',
              onclick: async () => {
                if (
                  !(await confirmAction(
                    `Delete the webhook to ${hook.url}? Its pending deliveries are dropped.`,
                    'Delete',
                  ))
                )
                  return;
                await attempt(slot, async () => {
                  await admin('DELETE', `/webhooks/${hook.id}`);
                  announce('Deleted.');
                  show();
                });
              },
            },
            'Delete',
          ),
        ),
      ]),
      'No webhooks.',
    );
  const show = () =>
    listSlot.replaceChildren(pagedList((cursor) => admin('GET', `/webhooks${query({ limit: 25, cursor })}`), draw));
  function showDeliveries(hook) {
    deliveries.replaceChildren(
      h('h3', {}, `Deliveries to ${hook.url}`),
      pagedList(
        (cursor) => admin('GET', `/webhooks/${hook.id}/deliveries${query({ limit: 25, cursor })}`),
        (items) =>
          table(
            'Deliveries',
            ['At', 'Event', 'Attempt', 'Status', 'Answer'],
            items.map((d) => [
              new Date(d.at).toLocaleString(),
              d.eventType,
              String(d.attempt),
              statusBadge(d.status),
              d.responseStatus ? String(d.responseStatus) : (d.error ?? '—'),
            ]),
            'No deliveries yet.',
          ),
      ),
    );
  }
  const url = h('input', {
    type: 'url',
    name: 'url',
    required: true,
    placeholder: 'https://app.example.com/hooks/roster',
  });
  const events = h('input', {
    name: 'events',
    required: true,
    value: '*',
    placeholder: 'user.updated, membership.created',
  });
  const form = h(
    'form',
    { class: 'row', 'aria-label': 'Add a webhook' },
    field('URL', url),
    field('Events (comma-separated)', events),
    h('button', { type: 'submit' }, 'Add webhook'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await attempt(slot, async () => {
      const created = (
        await admin('POST', '/webhooks', {
          url: url.value.trim(),
          events: events.value
            .split(',')
            .map((e) => e.trim())
            .filter(Boolean),
        })
      ).data;
      slot.append(
        h('div', { class: 'notice' }, 'Signing secret (shown once — store it now): ', h('code', {}, created.secret)),
      );
      show();
    });
  });
  render(h('h2', {}, 'Webhooks'), h('fieldset', {}, h('legend', {}, 'New webhook'), form), slot, listSlot, deliveries);
  show();
}
