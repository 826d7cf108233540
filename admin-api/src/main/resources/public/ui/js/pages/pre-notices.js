// Analyst: whether a pre-notice text went before the first call, against reach, by group (issue 15), so that its
// effect on reach can be measured. Every count is suppressed as every figure is; a reach share is shown only where
// both counts it rests on are published.
import {get} from '../api.js';
import {h} from '../dom.js';
import {num, pct, t} from '../i18n.js';

const suppressed = (c) => !c || c.suppressed || c.count === undefined;

function count(c) {
  return suppressed(c) ? t('report.suppressed') : num(c.count);
}

function reach(reached, notReached) {
  if (suppressed(reached) || suppressed(notReached)) return '—';
  const called = reached.count + notReached.count;
  return called ? pct(reached.count / called) : '—';
}

function row(r, groupName) {
  const cells = [r.noticedReached, r.noticedNotReached, null, r.notNoticedReached, r.notNoticedNotReached, null,
    r.called];
  cells[2] = reach(r.noticedReached, r.noticedNotReached);
  cells[5] = reach(r.notNoticedReached, r.notNoticedNotReached);
  return h('tr', {'data-group': r.group ?? 'total'}, h('th', {scope: 'row', text: groupName(r.group)}),
    cells.map((c) => h('td', {class: 'num', text: typeof c === 'string' ? c : count(c)})));
}

/** The pre-notice table of the called respondents of version {@code base}, grouped {@code by}; in a section headed pre-notices-heading. */
export async function preNoticesView(base, by) {
  const report = await get(`${base}/pre-notices${by ? `?by=${by}` : ''}`);
  const groupName = (g) => (g === null || g === undefined ? t('pn.total') : by === 'language' ? t(`lang.${g}`) : g);
  const rows = [...(report.groups || []), report.total];
  return h('div', {}, h('p', {text: t('pn.intro')}),
    h('table', {'aria-labelledby': 'pre-notices-heading'},
      h('thead', {},
        h('tr', {}, h('td', {}), h('th', {scope: 'colgroup', colspan: 3, text: t('pn.noticed')}),
          h('th', {scope: 'colgroup', colspan: 3, text: t('pn.notNoticed')}), h('td', {})),
        h('tr', {}, h('th', {scope: 'col', text: t('fig.group')}),
          ['reached', 'notReached', 'reach', 'reached', 'notReached', 'reach', 'called']
            .map((k) => h('th', {scope: 'col', text: t(`pn.${k}`)})))),
      h('tbody', {}, rows.map((r) => row(r, groupName)))));
}
