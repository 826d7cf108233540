// Form parts for a campaign's rules: calling windows (days and hours, Helsinki time) and retry delays per outcome.
import {field, h} from '../dom.js';
import {t} from '../i18n.js';

export const OUTCOMES = ['BUSY', 'NO_ANSWER', 'MACHINE', 'FAILED', 'INTERRUPTED', 'DROPPED', 'NO_RESPONSE'];
const DEFAULT_MINUTES = {BUSY: 20, NO_ANSWER: 120, MACHINE: 240, FAILED: 30, INTERRUPTED: 60, DROPPED: 20,
  NO_RESPONSE: 240};
const DAYS = ['MON-FRI', 'MON-SAT', 'MON-SUN', 'SAT-SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

export function windowsFieldset(initial = [{days: 'MON-FRI', from: '10:00', to: '18:00'}]) {
  const list = h('div', {id: 'windows'});
  const rows = [];
  function add(window) {
    const n = rows.length;
    const days = h('select', {'data-path': `$.callingWindows[${n}].days`, class: 'w-days'},
      DAYS.map((d) => h('option', {value: d, selected: d === window.days, text: t(`days.${d}`)})));
    const from = h('input', {type: 'time', value: window.from, class: 'w-from', 'data-path': `$.callingWindows[${n}].from`});
    const to = h('input', {type: 'time', value: window.to, class: 'w-to', 'data-path': `$.callingWindows[${n}].to`});
    const row = h('div', {class: 'row window'}, field(t('campaigns.days'), days), field(t('campaigns.from'), from),
      field(t('campaigns.to'), to));
    const remove = h('button', {type: 'button', class: 'secondary', text: t('campaigns.removeWindow'),
      'aria-label': t('campaigns.removeWindowN', {n: n + 1}), onclick: () => {
        rows.splice(rows.indexOf(entry), 1);
        row.remove();
      }});
    row.append(remove);
    const entry = {row, value: () => ({days: days.value, from: from.value, to: to.value})};
    rows.push(entry);
    list.append(row);
  }
  initial.forEach(add);
  return {
    element: h('fieldset', {}, h('legend', {text: t('campaigns.windows')}),
      h('p', {text: t('campaigns.windowsHint')}), list,
      h('button', {type: 'button', class: 'secondary', id: 'add-window', text: t('campaigns.addWindow'),
        onclick: () => add({days: 'MON-FRI', from: '10:00', to: '18:00'})})),
    value: () => rows.map((r) => r.value()),
  };
}

/** Whole minutes of an ISO-8601 duration such as PT2H or P1DT30M (null when it is not one). */
export function minutes(duration) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration || '');
  if (!m) return null;
  const [, d = 0, hours = 0, mins = 0, secs = 0] = m.map((part) => Number(part || 0));
  return Math.max(1, Math.round(d * 1440 + hours * 60 + mins + secs / 60));
}

export function retryFieldset(initial = {}) {
  const inputs = OUTCOMES.map((outcome) => [outcome, h('input', {type: 'number', min: 1, step: 1,
    value: minutes(initial[outcome]) ?? DEFAULT_MINUTES[outcome], id: `retry-${outcome}`, 'data-path': `$.retryPolicy.${outcome}`})]);
  return {
    element: h('fieldset', {}, h('legend', {text: t('campaigns.retries')}),
      h('div', {class: 'row'}, inputs.map(([outcome, input]) => field(t(`retry.${outcome}`), input)))),
    value: () => Object.fromEntries(inputs.map(([outcome, input]) => [outcome, `PT${Math.max(1, Number(input.value) || 1)}M`])),
  };
}
