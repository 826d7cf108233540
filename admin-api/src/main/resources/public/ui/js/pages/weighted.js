// Analyst: a question's answers weighted to the population table, each share with its 95 % interval, marked as
// weighted, and the strata of the table that had no usable respondents with where their population went.
import {h} from '../dom.js';
import {localized, num, pct, t} from '../i18n.js';
import {intervalChart} from '../charts.js';

export function weightedView(result, question) {
  if (result.unavailable) {
    return h('p', {class: 'weighted-unavailable', 'data-reason': result.unavailable,
      text: t(`report.weightedUnavailable.${result.unavailable}`)});
  }
  const labels = new Map((question?.options || []).map((o) => [String(o.value), localized(o.label)]));
  const labelOf = (value) => labels.get(String(value)) || String(value);
  const caption = t('report.weightedCaption', {n: num(result.n), effective: num(result.effectiveN, 1),
    by: t(`report.stratifiedBy.${result.stratifiedBy}`)});
  return h('div', {class: 'weighted', 'data-weighted': 'true'},
    h('figure', {class: 'chart'}, h('figcaption', {text: `${t('report.weighted')}: ${caption}`}),
      (result.answers || []).map((a) => h('div', {'data-value': a.value},
        intervalChart(labelOf(a.value), a.share, a.ciLow, a.ciHigh)))),
    collapsedTable(result.collapsed || []));
}

function collapsedTable(rows) {
  if (!rows.length) return h('p', {text: t('report.noneCollapsed')});
  const where = (row) => (row.into ? t(`report.rule.${row.rule}`, {into: row.into}) : t(`report.rule.${row.rule}`));
  return h('table', {id: 'collapsed-strata'}, h('caption', {text: t('report.collapsed')}),
    h('thead', {}, h('tr', {}, ['fig.municipality', 'fig.ageBand', 'fig.population', 'report.populationShare',
      'report.reason', 'report.mergedInto'].map((k) => h('th', {scope: 'col', text: t(k)})))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      h('td', {text: row.municipality ?? '—'}), h('td', {text: row.ageBand ?? '—'}),
      h('td', {class: 'num', text: num(row.population)}), h('td', {class: 'num', text: pct(row.populationShare, 1)}),
      h('td', {text: t(`report.reason.${row.reason}`)}), h('td', {text: where(row)})))));
}
