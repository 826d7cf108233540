// The draft's timing figures as `./ivr check SCRIPT --timing` prints them: per language, with the language known
// from the register and chosen by key, the seconds before the first question, the all-keys total, the longest
// prompt and the key presses. Measured on request: the first measurement synthesizes every prompt.
import {post} from '../api.js';
import {announce, h} from '../dom.js';
import {num, t} from '../i18n.js';
import {showError} from '../problems.js';

/** A section with a measure button; enable(valid) follows the editor's check of the script. */
export function timingSection(draft) {
  const status = h('p', {id: 'timing-status', role: 'status', text: t('timing.idle')});
  const result = h('div', {id: 'timing'});
  const measure = h('button', {type: 'button', class: 'secondary', id: 'measure-timing', text: t('timing.measure')});
  let sequence = 0;

  measure.addEventListener('click', async () => {
    const mine = ++sequence;
    measure.disabled = true;
    status.textContent = t('timing.measuring');
    try {
      const rows = await post('/api/surveys/timing', {script: draft.script, format: draft.format});
      if (mine !== sequence) return;
      result.replaceChildren(table(rows));
      status.textContent = t('timing.done');
      announce(t('timing.done'));
    } catch (error) {
      status.textContent = '';
      showError(error);
    } finally {
      measure.disabled = false;
    }
  });

  return {
    element: h('section', {'aria-labelledby': 'timing-heading'},
      h('h2', {id: 'timing-heading', text: t('timing.title')}), h('p', {class: 'hint', text: t('timing.hint')}),
      h('p', {}, measure), status, result),
    /** A changed script makes the figures stale: they go until measured again. */
    changed(valid) {
      sequence += 1;
      measure.disabled = !valid;
      if (result.childElementCount) {
        result.replaceChildren();
        status.textContent = t('timing.idle');
      }
    },
  };
}

function seconds(value) {
  return `${num(value, 1)} s`;
}

function table(rows) {
  const columns = ['language', 'start', 'before', 'promptsBefore', 'total', 'prompts', 'longest', 'keys'];
  return h('table', {},
    h('caption', {class: 'visually-hidden', text: t('timing.title')}),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {scope: 'col', text: t(`timing.${c}`)})))),
    h('tbody', {}, rows.map((row) => h('tr', {'data-language': row.language, 'data-start': row.start},
      h('th', {scope: 'row', text: t(`lang.${row.language}`)}),
      h('td', {text: t(`timing.${row.start}`)}),
      h('td', {class: 'num', 'data-figure': 'before', text: seconds(row.secondsBeforeFirstQuestion)}),
      h('td', {class: 'num', 'data-figure': 'promptsBefore', text: num(row.promptsBefore)}),
      h('td', {class: 'num', 'data-figure': 'total', text: seconds(row.totalSeconds)}),
      h('td', {class: 'num', 'data-figure': 'prompts', text: num(row.prompts)}),
      h('td', {'data-figure': 'longest'}, seconds(row.longestSeconds), ' ', h('code', {text: row.longestPrompt})),
      h('td', {class: 'num', 'data-figure': 'keys', text: num(row.keyPresses)})))));
}
