// Officer: the survey script with its problems at their lines as one types, the prompts per language side by side,
// listening to any prompt, the call's timing figures, and publishing.
import {get, post, ApiError} from '../api.js';
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {draft, saveDraft} from '../draft.js';
import {promptPlayer} from '../audio.js';
import {showError} from '../problems.js';
import {scriptArea} from './script-area.js';
import {promptTable} from './prompt-table.js';
import {timingSection} from './timing-table.js';
import {publishDraft} from './publish.js';

const DEBOUNCE_MS = 400;

export async function render(main, {params, go}) {
  if (params.get('version')) await loadVersion(params.get('version'));
  const player = promptPlayer();
  const area = scriptArea(draft.script, () => changed());
  const format = h('select', {id: 'format'},
    ['YAML', 'JSON'].map((f) => h('option', {value: f, selected: f === draft.format, text: f})));
  const summary = h('p', {id: 'problem-summary'});
  const problems = h('ul', {class: 'problems', id: 'problems'});
  const prompts = h('div', {class: 'prompts', id: 'prompts'});
  const published = h('p', {id: 'publish-result', role: 'status'});
  const publish = h('button', {type: 'button', id: 'publish', text: t('editor.publish')});
  const timing = timingSection(draft);
  let timer = null;
  let sequence = 0;

  function changed() {
    draft.script = area.textarea.value;
    draft.format = format.value;
    draft.versionId = null;
    saveDraft();
    window.clearTimeout(timer);
    timer = window.setTimeout(validate, DEBOUNCE_MS);
  }

  async function validate() {
    const mine = ++sequence;
    if (!draft.script.trim()) {
      show({valid: false, problems: [], survey: null});
      return;
    }
    try {
      const result = await post('/api/surveys/validate', {script: draft.script, format: draft.format});
      if (mine === sequence) show(result);
    } catch (error) {
      showError(error);
    }
  }

  function show(result) {
    area.mark(result.problems || []);
    summary.textContent = !draft.script.trim() ? t('editor.empty')
      : result.valid ? t('editor.valid') : t('editor.problems', {n: (result.problems || []).length});
    summary.className = result.valid ? 'ok' : draft.script.trim() ? 'error' : '';
    problems.replaceChildren(...(result.problems || []).map((problem) => h('li', {},
      h('button', {type: 'button', onclick: () => area.goToLine(problem.line),
        text: `${problem.line ? t('problem.line', {line: problem.line}) : t('problem.script')}: ${problem.message}`}))));
    prompts.replaceChildren(promptTable(result.survey, (id, language) => listen(id, language), draft.versionId));
    publish.disabled = !result.valid;
    timing.changed(Boolean(result.valid));
  }

  async function listen(promptId, language) {
    try {
      await player.play(draft, promptId, language);
    } catch (error) {
      showError(error);
    }
  }

  publish.addEventListener('click', async () => {
    try {
      await publishDraft(published);
      validate(); // the prompt table of the published version: which prompts are recorded, uploads
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) show({valid: false, problems: error.errors, survey: null});
      showError(error);
    }
  });
  format.addEventListener('change', changed);

  main.append(h('h1', {text: t('editor.title')}),
    h('div', {class: 'row'}, h('div', {class: 'field'}, h('label', {for: 'format', text: t('editor.format')}), format),
      h('a', {href: '#/simulator', class: 'button secondary', text: t('editor.simulate')})),
    h('div', {class: 'editor'},
      h('section', {'aria-labelledby': 'script-heading'},
        h('h2', {id: 'script-heading', text: t('editor.script')}),
        h('div', {'aria-live': 'polite', class: 'problem-box'}, summary, problems), area.element),
      h('section', {'aria-labelledby': 'prompts-heading'},
        h('h2', {id: 'prompts-heading', text: t('editor.prompts')}), player.element, prompts)),
    timing.element, h('p', {}, publish), published);
  await validate();
  return () => window.clearTimeout(timer);
}

async function loadVersion(id) {
  const version = await get(`/api/survey-versions/${encodeURIComponent(id)}`);
  draft.script = version.script;
  draft.format = version.format || 'YAML';
  draft.versionId = version.id;
  saveDraft();
}
