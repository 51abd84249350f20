// DOM helpers shared by every screen: element builder, errors, confirmation, pagination.

/** Builds an element: h('button', { type: 'button', onclick }, 'Save'). Strings become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces the main area's content and moves focus to its heading, for screen readers and keyboards. */
export function render(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat());
  const heading = main.querySelector('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

/** Announces a short success message. */
export function announce(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => {
    status.textContent = '';
  }, 5000);
}

/** An API error (or any error) as a block that says what went wrong and what to do. */
export function errorBlock(error) {
  const details = Array.isArray(error?.details) ? error.details : [];
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('strong', {}, error?.code ? `${error.code}: ` : 'Error: '),
    error?.message ?? String(error),
    error?.hint ? h('p', {}, error.hint) : null,
    details.length
      ? h(
          'ul',
          {},
          details.map((d) => h('li', {}, d.field ? `${d.field}: ${d.message}` : (d.message ?? JSON.stringify(d)))),
        )
      : null,
  );
}

/** Runs an action, showing its error in `slot` (cleared first); returns whether it succeeded. */
export async function attempt(slot, action) {
  slot.replaceChildren();
  try {
    await action();
    return true;
  } catch (error) {
    slot.replaceChildren(errorBlock(error));
    return false;
  }
}

/** Asks before a destructive action, in the page's <dialog>. Resolves true when confirmed. */
export function confirmAction(text, confirmLabel = 'Confirm') {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-text').textContent = text;
  document.getElementById('confirm-ok').textContent = confirmLabel;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
  });
}

/** A labelled control: field('Name', h('input', {...})). */
export function field(label, control) {
  return h('label', {}, label, control);
}

/** A role as a badge with its colour and rank. */
export function roleBadge(role) {
  const rank = role.rank === undefined || role.rank === null ? '' : ` · rank ${role.rank}`;
  const badge = h('span', { class: 'badge role-badge', title: `${role.key ?? ''}${rank}` }, `${role.name}${rank}`);
  if (role.color && /^#[0-9a-fA-F]{3,8}$/.test(role.color)) badge.style.borderLeftColor = role.color;
  return badge;
}

export function statusBadge(status) {
  return h('span', { class: `badge status-${status}` }, status);
}

export function formatTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '—';
}

/** Table with a header row; each row is an array of cells (strings or nodes). Stacks at phone width. */
export function table(caption, headers, rows, empty = 'Nothing here yet.') {
  if (rows.length === 0) return h('p', { class: 'muted' }, empty);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'stack' },
      h('caption', { class: 'muted' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((header) => h('th', { scope: 'col' }, header)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            {},
            row.map((cell, index) => h('td', { 'data-label': headers[index] }, cell)),
          ),
        ),
      ),
    ),
  );
}

/**
 * A paginated list: `load(cursor)` returns `{ data, nextCursor }`; `draw(items)` renders them.
 * Shows "Load more" while there is a next page.
 */
export function pagedList(load, draw) {
  const container = h('div', { class: 'paged' });
  const body = h('div');
  const slot = h('div');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Load more');
  let items = [];
  let cursor = null;
  const fetchPage = async () => {
    more.disabled = true;
    await attempt(slot, async () => {
      const page = await load(cursor);
      items = items.concat(page.data);
      cursor = page.nextCursor;
      body.replaceChildren(draw(items));
      more.hidden = !cursor;
    });
    more.disabled = false;
  };
  more.addEventListener('click', fetchPage);
  container.append(slot, body, h('div', { class: 'pager' }, more));
  container.redraw = () => body.replaceChildren(draw(items));
  container.reload = () => {
    items = [];
    cursor = null;
    return fetchPage();
  };
  void fetchPage();
  return container;
}
