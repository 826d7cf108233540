// Analyst: the page's question across rounds, i.e. the survey versions the analyst ticks (by default every version of
// the same survey): per round and area the share of the chosen answers with its 95 % interval and n, the change from
// the round before, and whether that change is beyond chance; the same as a long-format CSV for the wellbeing report.
import {get} from '../api.js';
import {announce, h} from '../dom.js';
import {localized, num, pct, t} from '../i18n.js';
import {showError} from '../problems.js';

export function roundsSection(versions, versionId, question, by) {
  const current = versions.find((v) => String(v.versionId) === String(versionId));
  const options = question?.options || [];
  if (!current || !options.length) return h('p', {id: 'rounds-none', text: t('rounds.notCounted')});
  const rounds = [...versions].sort((a, b) => a.slug.localeCompare(b.slug) || a.versionNo - b.versionNo);
  const versionBoxes = rounds.map((v) => checkbox(`rounds-version-${v.versionId}`, v.versionId, v.slug === current.slug,
    t('report.versionOption', {title: localized(v.title) || v.slug, n: v.versionNo, respondents: v.respondents ?? 0})));
  const valueBoxes = options.map((o, i) => checkbox(`rounds-value-${i}`, o.value, i === options.length - 1,
    localized(o.label) || o.value));
  const result = h('div', {id: 'rounds-result'});
  const form = h('form', {id: 'rounds-form'},
    h('fieldset', {}, h('legend', {text: t('rounds.versions')}), versionBoxes.map((b) => b.el)),
    h('fieldset', {}, h('legend', {text: t('rounds.values', {question: question.id})}), valueBoxes.map((b) => b.el)),
    h('button', {type: 'submit', text: t('rounds.compare')}));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = new URLSearchParams({question: question.id,
      versions: versionBoxes.filter((b) => b.box.checked).map((b) => b.box.value).join(','),
      values: valueBoxes.filter((b) => b.box.checked).map((b) => b.box.value).join(',')});
    if (by) query.set('by', by);
    try {
      const comparison = await get(`/api/reports/rounds?${query}`);
      result.replaceChildren(table(comparison, by), h('p', {}, h('a', {id: 'rounds-csv',
        href: `/api/reports/rounds/export.csv?${query}`, download: `rounds-${question.id}.csv`, text: t('rounds.csv')})));
      announce(t('rounds.shown', {n: num(new Set(comparison.figures.map((f) => f.versionId)).size)}));
    } catch (error) {
      result.replaceChildren();
      showError(error);
    }
  });
  return h('div', {}, form, result);
}

function checkbox(id, value, checked, text) {
  const box = h('input', {type: 'checkbox', id, value, checked});
  return {box, el: h('span', {class: 'choice'}, box, ' ', h('label', {for: id, text}), ' ')};
}

function table(comparison, by) {
  const area = (name) => (name === 'total' ? t('report.total') : by === 'language' ? t(`lang.${name}`) : name);
  return h('table', {id: 'rounds'}, h('caption', {text: t('rounds.caption', {values: comparison.values.join(', ')})}),
    h('thead', {}, h('tr', {}, ['rounds.area', 'rounds.round', 'report.estimate', 'n', 'rounds.change']
      .map((k) => h('th', {scope: 'col', text: k === 'n' ? 'n' : t(k)})))),
    h('tbody', {}, comparison.figures.map((f) => h('tr', {'data-version': f.versionId, 'data-area': f.area},
      h('td', {text: area(f.area)}),
      h('td', {class: 'num', text: f.versionNo}),
      h('td', {text: f.suppressed ? t('report.suppressed') : `${pct(f.share, 1)} (${pct(f.ciLow, 1)}–${pct(f.ciHigh, 1)})`}),
      h('td', {class: 'num', text: f.n == null ? '—' : num(f.n)}),
      h('td', {'data-significant': f.significant == null ? null : String(f.significant), text: change(f)})))));
}

function change(f) {
  if (f.change == null) return '—';
  const points = `${f.change > 0 ? '+' : ''}${num(f.change * 100, 1)} ${t('rounds.points')}`;
  return `${points}, ${t(f.significant ? 'rounds.significant' : 'rounds.notSignificant')}`;
}
