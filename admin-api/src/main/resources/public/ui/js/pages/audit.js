// Admin: the audit log, newest first; older entries are fetched on request (before the last id shown).
import {get} from '../api.js';
import {announce, h} from '../dom.js';
import {num, t, when} from '../i18n.js';
import {showError} from '../problems.js';

const PAGE = 50;

export async function render(main) {
  const body = h('tbody');
  const older = h('button', {type: 'button', class: 'secondary', id: 'audit-older', text: t('audit.older'), hidden: true});
  let before = null;

  async function load() {
    const query = new URLSearchParams({limit: PAGE});
    if (before !== null) query.set('before', before);
    const page = await get(`/api/audit?${query}`);
    page.forEach((entry) => body.append(row(entry)));
    if (page.length) before = page[page.length - 1].id;
    older.hidden = page.length < PAGE;
    return page.length;
  }

  older.addEventListener('click', async () => {
    try {
      announce(t('audit.more', {n: num(await load())}));
    } catch (error) {
      showError(error);
    }
  });
  await load();
  main.append(h('h1', {text: t('audit.title')}),
    body.children.length ? h('table', {id: 'audit-list'}, h('caption', {class: 'visually-hidden', text: t('audit.title')}),
      h('thead', {}, h('tr', {}, ['audit.at', 'audit.actor', 'audit.action', 'audit.subject', 'audit.details']
        .map((key) => h('th', {scope: 'col', text: t(key)})))), body)
      : h('p', {text: t('audit.none')}),
    older);
}

function row(entry) {
  const details = Object.entries(entry.details || {}).map(([key, value]) =>
    `${key}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : value}`).join('; ');
  return h('tr', {'data-audit': entry.id},
    h('td', {text: when(entry.at)}), h('td', {text: entry.actor}), h('td', {text: entry.action}),
    h('td', {text: entry.subject || ''}), h('td', {class: 'details', text: details}));
}
