// Analyst: indicators (the share answering some values of a question) with 95 % confidence intervals.
import {del, get, post} from '../api.js';
import {announce, field, h} from '../dom.js';
import {localized, num, pct, t} from '../i18n.js';
import {markFields, showError} from '../problems.js';
import {intervalChart} from '../charts.js';

export async function indicatorsSection(base, questions, question, go) {
  const list = await get(`${base}/indicators`);
  const reload = () => go(window.location.hash);
  const rows = (list || []).map((indicator) => {
    const f = indicator.figure || indicator;
    const w = f.weighted || {};
    const remove = h('button', {type: 'button', class: 'secondary', text: t('delete'),
      'aria-label': t('report.deleteIndicator', {name: indicator.name}), onclick: async () => {
        try {
          await del(`${base}/indicators/${indicator.id}`);
          announce(t('report.deleted', {name: indicator.name}));
          reload();
        } catch (error) {
          showError(error);
        }
      }});
    return h('tr', {'data-indicator': indicator.name},
      h('th', {scope: 'row', text: indicator.name}),
      h('td', {text: `${indicator.questionId}: ${(indicator.values || []).join(', ')}`}),
      h('td', {}, f.suppressed || f.estimate === undefined || f.estimate === null ? t('report.suppressed')
        : intervalChart(indicator.name, f.estimate, f.ciLow, f.ciHigh)),
      h('td', {class: 'num', text: f.n !== undefined ? num(f.n) : '—'}),
      h('td', {text: w.estimate !== undefined && w.estimate !== null
        ? `${pct(w.estimate, 1)} (${pct(w.ciLow, 1)}–${pct(w.ciHigh, 1)})` : '—'}),
      h('td', {}, indicator.id !== undefined ? remove : ''));
  });
  return h('div', {},
    rows.length ? h('table', {id: 'indicators'}, h('caption', {class: 'visually-hidden', text: t('report.indicators')}),
      h('thead', {}, h('tr', {}, ['report.indicator', 'report.question', 'report.estimate', 'n', 'report.weighted', 'actions']
        .map((k) => h('th', {scope: 'col', text: k === 'n' ? 'n' : t(k)})))),
      h('tbody', {}, rows)) : h('p', {text: t('report.noIndicators')}),
    question ? addForm(base, question, reload) : '');
}

function addForm(base, question, reload) {
  const name = h('input', {id: 'ind-name', 'data-path': '$.name', autocomplete: 'off'});
  const options = (question.options || []).map((o, i) => {
    const box = h('input', {type: 'checkbox', id: `ind-value-${i}`, value: o.value});
    return {box, el: h('span', {}, box, ' ', h('label', {for: box.id, text: localized(o.label) || o.value}), ' ')};
  });
  const form = h('form', {id: 'indicator-form'},
    h('fieldset', {}, h('legend', {text: t('report.newIndicator', {question: question.id})}),
      field(t('report.indicatorName'), name),
      options.length ? h('fieldset', {'data-path': '$.values'}, h('legend', {text: t('report.indicatorValues')}),
        options.map((o) => o.el)) : '',
      h('button', {type: 'submit', text: t('report.addIndicator')})));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = options.filter((o) => o.box.checked).map((o) => o.box.value);
    try {
      await post(`${base}/indicators`, {name: name.value.trim(), questionId: question.id, values});
      announce(t('report.added', {name: name.value.trim()}));
      reload();
    } catch (error) {
      markFields(form, error.errors);
      showError(error);
    }
  });
  return form;
}
