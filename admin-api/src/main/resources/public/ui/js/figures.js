// Figures of any shape the report endpoints return, as definition lists and tables; suppressed cells in words.
import {h} from './dom.js';
import {num, t, tOr} from './i18n.js';

function label(key) {
  return tOr(`fig.${key}`, key);
}

function cell(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? num(value) : num(value, 3);
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (typeof value === 'object' && value.suppressed) return t('report.suppressed');
  if (typeof value === 'object' && Object.keys(value).length === 1 && 'count' in value) return cell(value.count);
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${label(k)}: ${cell(v)}`).join(', ');
  return String(value);
}

/** Scalars as a definition list, arrays of objects as tables, nested objects as their own blocks. */
export function figuresView(data, caption) {
  if (Array.isArray(data)) return table(data, caption);
  if (!data || typeof data !== 'object') return h('p', {text: cell(data)});
  const simple = (v) => v === null || typeof v !== 'object' || v.suppressed || (!Array.isArray(v) && 'count' in v);
  const scalars = Object.entries(data).filter(([, v]) => simple(v));
  const nested = Object.entries(data).filter(([, v]) => !simple(v));
  return h('div', {class: 'figures-block'},
    scalars.length ? h('dl', {class: 'figures'}, scalars.flatMap(([k, v]) =>
      [h('dt', {text: label(k)}), h('dd', {'data-figure': k, text: cell(v)})])) : '',
    nested.map(([k, v]) => h('div', {}, h('h3', {text: label(k)}), figuresView(v, label(k)))));
}

function table(rows, caption) {
  if (!rows.length) return h('p', {text: t('report.noFigures')});
  if (typeof rows[0] !== 'object') return h('p', {text: rows.map(cell).join(', ')});
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return h('table', {}, caption ? h('caption', {class: 'visually-hidden', text: caption}) : '',
    h('thead', {}, h('tr', {}, keys.map((k) => h('th', {scope: 'col', text: label(k)})))),
    h('tbody', {}, rows.map((row) => h('tr', {}, keys.map((k) => h('td', {
      class: typeof row[k] === 'number' ? 'num' : null, text: cell(row[k])}))))));
}
