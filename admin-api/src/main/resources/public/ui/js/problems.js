// Shows the service's problems (application/problem+json) in the assertive live region and at the fields they name.
import {h} from './dom.js';
import {t} from './i18n.js';
import {ApiError} from './api.js';

/** Where one error item points: a JSON path, a line and field, or both. */
export function place(error) {
  const parts = [];
  if (error.line) parts.push(t('problem.line', {line: error.line}));
  if (error.field) parts.push(t('problem.field', {field: error.field}));
  if (error.path && !error.line) parts.push(error.path);
  return parts.join(', ');
}

/** Announces an error; ApiError's items are listed with their place. */
export function showError(error) {
  const alert = document.getElementById('alert');
  const title = error.status === 403 ? t('problem.forbidden')
    : error instanceof TypeError && /fetch|network/i.test(error.message) ? t('problem.network')
      : error.message || t('problem.unknown');
  if (!(error instanceof ApiError)) console.error(error);
  const items = (error.errors || []).slice(0, 20).map((item) => {
    const where = place(item);
    return h('li', {text: where ? `${where}: ${item.message}` : item.message});
  });
  alert.replaceChildren(h('p', {class: 'error', text: title}), items.length ? h('ul', {}, items) : '',
    h('button', {type: 'button', class: 'secondary', onclick: clearError, text: t('close')}));
}

export function clearError() {
  document.getElementById('alert').replaceChildren();
}

/**
 * Marks the controls whose data-path names an error's JSON path ($.a.b) as invalid with the message next to them;
 * returns how many were placed.
 */
export function markFields(form, errors) {
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
  let placed = 0;
  for (const error of errors || []) {
    const control = error.path && form.querySelector(`[data-path="${CSS.escape(error.path)}"]`);
    if (!control) continue;
    control.setAttribute('aria-invalid', 'true');
    const note = h('span', {class: 'error field-error', id: `${control.id}-error`, text: error.message});
    control.setAttribute('aria-describedby', note.id);
    control.after(note);
    placed += 1;
  }
  return placed;
}
