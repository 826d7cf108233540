// A campaign's live progress from the text/event-stream of progress events (GET .../progress first).
import {get} from '../api.js';
import {h} from '../dom.js';
import {num, t, when} from '../i18n.js';

export function liveProgress(campaignId, onState) {
  const bar = h('progress', {id: 'progress-bar', max: 1, value: 0, 'aria-labelledby': 'progress-heading'});
  const summary = h('p', {id: 'progress-summary'});
  const counts = h('dl', {class: 'figures', id: 'progress-counts'});
  const outcomes = h('div', {id: 'progress-outcomes'});
  const at = h('p', {id: 'progress-at'});
  let source = null;

  function show(p) {
    const r = p.respondents || {};
    bar.max = Math.max(1, r.total || 0);
    bar.value = r.done || 0;
    bar.textContent = `${r.done || 0} / ${r.total || 0}`;
    summary.textContent = t('progress.summary', {done: num(r.done || 0), total: num(r.total || 0),
      state: p.state ? t(`state.${p.state}`) : ''});
    counts.replaceChildren(...[['total', r.total], ['pending', r.pending], ['inCall', r.inCall], ['done', r.done],
      ['attempts', p.attempts], ['callsInProgress', p.callsInProgress]]
      .flatMap(([key, value]) => [h('dt', {text: t(`progress.${key}`)}), h('dd', {'data-figure': key, text: num(value || 0)})]));
    const entries = Object.entries(p.outcomes || {});
    outcomes.replaceChildren(entries.length ? h('table', {},
      h('caption', {text: t('progress.outcomes')}),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col', text: t('progress.outcome')}),
        h('th', {scope: 'col', class: 'num', text: t('progress.count')}))),
      h('tbody', {}, entries.map(([outcome, n]) => h('tr', {'data-outcome': outcome},
        h('td', {text: t(`outcome.${outcome}`)}), h('td', {class: 'num', text: num(n)}))))) : '');
    at.textContent = p.at ? t('progress.at', {at: when(p.at)}) : '';
    onState(p);
  }

  async function refresh() {
    try {
      show(await get(`/api/campaigns/${campaignId}/progress`));
    } catch (error) {
      at.textContent = t('progress.unavailable');
    }
  }

  function open() {
    source = new EventSource(`/api/campaigns/${campaignId}/events`, {withCredentials: true});
    source.addEventListener('progress', (event) => show(JSON.parse(event.data)));
    source.addEventListener('open', () => { at.dataset.live = 'true'; });
  }

  refresh();
  open();
  return {
    element: h('section', {'aria-labelledby': 'progress-heading', id: 'progress'},
      h('h2', {id: 'progress-heading', text: t('progress.title')}), bar, summary, counts, outcomes, at),
    refresh,
    close: () => source && source.close(),
  };
}
