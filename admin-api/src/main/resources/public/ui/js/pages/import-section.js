// Importing respondents from a CSV file, with the import report shown row by row.
import {post, ApiError} from '../api.js';
import {announce, field, h} from '../dom.js';
import {num, t} from '../i18n.js';
import {showError} from '../problems.js';

export function importSection(campaignId, imported) {
  const file = h('input', {type: 'file', id: 'import-file', accept: '.csv,text/csv,text/plain'});
  const dryRun = h('input', {type: 'checkbox', id: 'import-dry'});
  const report = h('div', {id: 'import-report', 'aria-live': 'polite'});
  const form = h('form', {id: 'import-form'},
    field(t('import.file'), file, t('import.hint')),
    h('p', {}, dryRun, ' ', h('label', {for: 'import-dry', text: t('import.dryRun')})),
    h('button', {type: 'submit', id: 'import-submit', text: t('import.submit')}));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      report.replaceChildren(h('p', {class: 'error', text: t('import.noFile')}));
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    try {
      const result = await post(`/api/campaigns/${campaignId}/respondents${dryRun.checked ? '?dryRun=true' : ''}`, data,
        {accept: [422]});
      report.replaceChildren(...reportView(result.report || result));
      announce(report.querySelector('.summary').textContent);
      if (result.accepted && !dryRun.checked) imported();
    } catch (error) {
      if (error instanceof ApiError && error.problem && error.problem.rows !== undefined) {
        report.replaceChildren(...reportView(error.problem));
      } else {
        showError(error);
      }
    }
  });
  return h('section', {'aria-labelledby': 'import-heading'}, h('h2', {id: 'import-heading', text: t('import.title')}),
    form, report);
}

/** The summary sentence and one table row per rejected or noted CSV line, in line order. */
export function reportView(r) {
  const error = t('import.error');
  const warning = t('import.warning');
  const rows = [
    ...(r.invalid || []).map((i) => ({kind: error, line: i.line, field: i.field, message: i.message})),
    ...(r.errors || []).map((i) => ({kind: error, line: i.line, field: i.field, message: i.message})),
    ...(r.duplicatesInFile || []).map((d) => ({kind: error, line: d.line, field: 'phone', message: t('import.duplicate', {first: d.firstLine})})),
    ...(r.doNotCall || []).map((d) => ({kind: warning, line: d.line, field: 'phone', message: t('import.doNotCall')})),
    ...(r.warnings || []).map((i) => ({kind: warning, line: i.line, field: i.field, message: i.message})),
  ].sort((a, b) => (a.line || 0) - (b.line || 0));
  const summary = h('p', {class: `summary ${r.accepted ? 'ok' : 'error'}`, text: r.accepted
    ? t('import.accepted', {rows: num(r.rows || 0), imported: num(r.imported || 0), already: num(r.alreadyInCampaign || 0)})
    : t('import.rejected', {rows: num(r.rows || 0), problems: num(rows.length)})});
  const details = h('p', {text: t('import.format', {encoding: r.encoding || '?', delimiter: r.delimiter || '?'})
    + (r.leftOutDoNotCall ? ` ${t('import.leftOut', {n: num(r.leftOutDoNotCall)})}` : '')});
  if (!rows.length) return [summary, details];
  return [summary, details, h('table', {id: 'import-rows'},
    h('caption', {text: t('import.rows')}),
    h('thead', {}, h('tr', {}, h('th', {scope: 'col', class: 'num', text: t('import.line')}),
      h('th', {scope: 'col', text: t('import.kind')}),
      h('th', {scope: 'col', text: t('import.field')}), h('th', {scope: 'col', text: t('import.problem')}))),
    h('tbody', {}, rows.map((row) => h('tr', {'data-line': row.line || 'file'},
      h('td', {class: 'num', text: row.line || t('import.wholeFile')}), h('td', {text: row.kind}),
      h('td', {text: row.field || ''}), h('td', {text: row.message})))))];
}
