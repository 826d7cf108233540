// Analyst: the chosen question against another question (from the pair counts, with "no answer" lines so that the
// totals are the published distributions) or against a register field (the distribution by that field), as a table
// with suppressed cells in words.
import {get} from '../api.js';
import {field, h} from '../dom.js';
import {localized, num, t} from '../i18n.js';

const FIELDS = ['municipality', 'ageBand', 'language'];

/** The section's body: a chooser for what to set against {@code question}, and the table when one is chosen. */
export async function crossTabSection(base, questions, question, against, navigate) {
  const others = questions.filter((q) => q.id !== question?.id && q.type !== 'open');
  const select = h('select', {id: 'r-against', onchange: (e) => navigate({against: e.target.value})},
    h('option', {value: '', selected: !against, text: t('crosstab.choose')}),
    h('optgroup', {label: t('crosstab.questions')}, others.map((q) => h('option', {value: q.id,
      selected: q.id === against, text: `${q.id}: ${localized(q.text)}`}))),
    h('optgroup', {label: t('crosstab.fields')}, FIELDS.map((f) => h('option', {value: f, selected: f === against,
      text: t(`by.${f}`)}))));
  const body = h('div', {}, h('form', {class: 'row', onsubmit: (e) => e.preventDefault()}, field(t('crosstab.against'), select)));
  if (!against || !question || against === question.id) return body;
  const labelsOf = (q) => new Map((q?.options || []).map((o) => [String(o.value), localized(o.label)]));
  const rowLabels = labelsOf(question);
  const rowLabel = (v) => rowLabels.get(String(v)) || String(v);
  if (FIELDS.includes(against)) {
    const result = await get(`${base}/questions/${encodeURIComponent(question.id)}/distribution?by=${against}`);
    const values = (result.total?.answers || []).map((a) => a.value);
    const groupName = (g) => (against === 'language' ? t(`lang.${g}`) : g);
    const lines = (result.groups || []).map((g) => [groupName(g.group), g.answers, g.suppressed ? {suppressed: true} : {count: g.n}]);
    lines.push([t('crosstab.total'), result.total.answers, {count: result.total.n, suppressed: result.total.suppressed}]);
    body.append(table(t(`by.${against}`), values.map(rowLabel), lines.map(([name, answers, total]) =>
      [name, [...answers, total]]), [t('crosstab.total')]));
    return body;
  }
  const column = questions.find((q) => q.id === against);
  const columnLabels = labelsOf(column);
  const result = await get(`${base}/crosstab?row=${encodeURIComponent(question.id)}&column=${encodeURIComponent(against)}`);
  const lines = result.rows.map((line) => [line.noAnswer ? t('crosstab.noAnswer') : rowLabel(line.value),
    [...line.cells, line.unanswered, line.total]]);
  lines.push([t('crosstab.total'), [...result.total.cells, result.total.unanswered, result.total.total]]);
  body.append(h('p', {text: t('crosstab.intro', {row: localized(question.text), column: localized(column?.text)})}),
    table(question.id, result.columns.map((v) => columnLabels.get(String(v)) || String(v)), lines,
      [t('crosstab.noAnswer'), t('crosstab.total')]));
  return body;
}

function table(corner, columns, lines, extra) {
  return h('table', {class: 'crosstab'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col', text: corner}),
      [...columns, ...extra].map((c) => h('th', {scope: 'col', text: c})))),
    h('tbody', {}, lines.map(([name, cells]) => h('tr', {}, h('th', {scope: 'row', text: name}),
      cells.map((c) => h('td', {class: 'num', 'data-suppressed': c?.suppressed ? 'true' : null,
        text: c?.suppressed ? t('report.suppressed') : num(c?.count ?? 0)}))))));
}
