// Officer: a campaign's call attempts, newest first, with older ones fetched on request (before the last id shown).
import {get} from '../api.js';
import {announce, h} from '../dom.js';
import {num, t, when} from '../i18n.js';
import {showError} from '../problems.js';

const PAGE = 50;

export function attemptLog(campaignId) {
  const body = h('tbody');
  const empty = h('p', {id: 'attempts-none', text: t('attempts.none'), hidden: true});
  const table = h('table', {id: 'attempts', hidden: true}, h('caption', {class: 'visually-hidden', text: t('attempts.title')}),
    h('thead', {}, h('tr', {}, ['attempts.queued', 'attempts.phone', 'attempts.no', 'attempts.state', 'attempts.outcome',
      'attempts.reason', 'attempts.duration'].map((key) => h('th', {scope: 'col', text: t(key)})))), body);
  const older = h('button', {type: 'button', class: 'secondary', id: 'attempts-older', text: t('attempts.older'),
    hidden: true, onclick: () => load()});
  let before = null;

  async function load() {
    const query = new URLSearchParams({limit: PAGE});
    if (before !== null) query.set('before', before);
    try {
      const page = await get(`/api/campaigns/${campaignId}/attempts?${query}`);
      page.forEach((a) => body.append(row(a)));
      if (page.length) before = page[page.length - 1].id;
      table.hidden = !body.children.length;
      empty.hidden = Boolean(body.children.length);
      older.hidden = page.length < PAGE;
      if (before !== null && query.has('before')) announce(t('attempts.more', {n: num(page.length)}));
    } catch (error) {
      showError(error);
    }
  }

  load();
  return h('section', {id: 'attempt-log', 'aria-labelledby': 'attempts-title'},
    h('h2', {id: 'attempts-title', text: t('attempts.title')}), empty, table, older);
}

function row(a) {
  return h('tr', {'data-attempt': a.id},
    h('td', {text: when(a.queuedAt)}),
    h('td', {text: a.phone || t('callbacks.erased')}),
    h('td', {class: 'num', text: a.direction === 'INBOUND' ? t('attempts.inbound') : a.attemptNo}),
    h('td', {text: a.state || ''}),
    h('td', {text: a.surveyOutcome === 'VOICEMAIL_LEFT' ? t('outcome.VOICEMAIL_LEFT')
      : a.outcome ? t(`outcome.${a.outcome}`) : ''}),
    h('td', {text: [a.reason, a.hangupCause].filter(Boolean).join(', ')}),
    h('td', {class: 'num', text: a.durationSeconds == null ? '' : num(a.durationSeconds)}));
}
