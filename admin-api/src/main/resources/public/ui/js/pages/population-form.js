// Analyst: the population table (CSV municipality;ageBand;population) that representativeness weights use.
import {put} from '../api.js';
import {announce, field, h} from '../dom.js';
import {num, t} from '../i18n.js';
import {showError} from '../problems.js';

export function populationForm(uploaded) {
  const file = h('input', {type: 'file', id: 'population-file', accept: '.csv,text/csv,text/plain'});
  const form = h('form', {id: 'population-form'},
    field(t('report.populationFile'), file, t('report.populationHint')),
    h('button', {type: 'submit', text: t('report.populationUpload')}));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) return;
    try {
      const result = await put('/api/reports/population', new Blob([file.files[0]], {type: 'text/csv'}));
      announce(t('report.populationDone', {rows: num(result.rows), population: num(result.population)}));
      uploaded();
    } catch (error) {
      showError(error);
    }
  });
  return form;
}
