// Officer: the survey builder. A form over the script's own model (no YAML needed), checked as one types by the same
// /api/surveys/validate the YAML editor uses, each problem shown at its field; the YAML beside it, edits in either
// shown in the other; listening, the simulator and publishing as in the editor. The draft is shared with the editor.
import {get, post, ApiError} from '../api.js';
import {announce, h} from '../dom.js';
import {LANGUAGES, t} from '../i18n.js';
import {draft, saveDraft} from '../draft.js';
import {promptPlayer} from '../audio.js';
import {showError} from '../problems.js';
import {FieldMap, control, group, texts} from '../builder/fields.js';
import {QUESTION_TYPES, duplicate, emptySurvey, languagesOf, move, newQuestion, ordered, toggleLanguage}
  from '../builder/model.js';
import {questionEditor} from '../builder/question.js';
import {settingsEditor} from '../builder/settings.js';
import {timingSection} from './timing-table.js';
import {publishDraft} from './publish.js';

const DEBOUNCE_MS = 400;
const TEXTS = [
  {key: 'languageMenu', prompt: 'language-menu', optional: true, long: true},
  {key: 'intro', prompt: 'intro', long: true},
  {key: 'consent', prompt: 'consent'},
  {key: 'closing', prompt: 'closing', long: true},
  {key: 'voicemail', prompt: 'voicemail', optional: true, long: true},
];

export async function render(main, {params, go}) {
  if (params.get('version')) await loadVersion(params.get('version'));
  const player = promptPlayer();
  const timing = timingSection(draft);
  const form = h('div', {id: 'b-form'});
  const summary = h('p', {id: 'b-summary', tabindex: '-1', 'aria-live': 'polite'});
  const problemList = h('ul', {class: 'problems', id: 'b-problems'});
  const yaml = h('textarea', {id: 'b-yaml', rows: 24, spellcheck: 'false', autocapitalize: 'off', wrap: 'off',
    'aria-describedby': 'b-yaml-hint b-yaml-error'});
  const yamlError = h('p', {id: 'b-yaml-error', class: 'field-errors', 'aria-live': 'polite'});
  const publish = h('button', {type: 'button', id: 'b-publish', text: t('editor.publish'), disabled: true});
  const summaryAtEnd = h('span', {id: 'b-summary-end'});
  const published = h('p', {id: 'b-publish-result', role: 'status'});
  const confirmNew = h('p', {id: 'b-new-confirm', hidden: true});
  const state = {model: null, problems: [], valid: false, sequence: 0, timer: null, pending: null, said: new Set()};
  let fields = new FieldMap();

  // ----- drawing -----
  function draw(focusIds = []) {
    fields = new FieldMap();
    const wholeSlot = h('p', {id: 'b-whole-error', class: 'field-errors', hidden: true});
    fields.add('', {element: form, label: t('problem.script'), slot: wholeSlot, describedBy: ''});
    if (!state.model) {
      form.replaceChildren(h('p', {class: 'error', text: t('builder.unreadable')}), wholeSlot);
    } else {
      const actions = {changed, rebuild, listen, skipLists: []};
      form.replaceChildren(wholeSlot, surveySection(), textsSection(), questionsSection(actions), h('section',
        {'aria-labelledby': 'b-settings-heading'}, h('h2', {id: 'b-settings-heading', text: t('builder.settings')}),
        settingsEditor(fields, state.model, changed)));
    }
    mark(false);
    for (const id of [].concat(focusIds)) {
      const target = id && document.getElementById(id);
      if (target && !target.disabled) {
        target.focus();
        break;
      }
    }
  }

  function surveySection() {
    const model = state.model;
    const id = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', value: model.id ?? ''});
    const languages = group(fields, {path: 'languages', id: 'b-languages', legend: t('builder.languages'),
      hint: t('builder.languagesHint')}, h('div', {class: 'row'}, LANGUAGES.map((code) => {
      const box = h('input', {type: 'checkbox', id: `b-lang-${code}`, checked: languagesOf(model).includes(code)});
      box.addEventListener('change', () => {
        toggleLanguage(model, code, box.checked);
        rebuild(`b-lang-${code}`);
      });
      return h('span', {class: 'check'}, box, ' ', h('label', {for: box.id, text: t(`lang.${code}`)}));
    })));
    return h('section', {'aria-labelledby': 'b-survey-heading'}, h('h2', {id: 'b-survey-heading',
      text: t('builder.survey')}),
    control(fields, {path: 'id', id: 'b-id', label: t('builder.surveyId'), hint: t('builder.idHint'), element: id,
      onChange: () => {
        model.id = id.value.trim();
        changed();
      }}),
    languages,
    texts(fields, model, {path: 'title', id: 'b-title', legend: t('builder.surveyTitle'), changed}));
  }

  function textsSection() {
    return h('section', {'aria-labelledby': 'b-texts-heading'},
      h('h2', {id: 'b-texts-heading', text: t('builder.texts')}), h('p', {class: 'hint', text: t('builder.textsHint')}),
      TEXTS.map(({key, prompt, optional, long}) => texts(fields, state.model, {path: key, id: `b-${key}`,
        legend: t(`builder.t.${key}`), hint: `${t(`builder.t.${key}.hint`)}${optional ? ` ${t('builder.optional')}` : ''}`,
        optional, long, changed, listen: (language) => listen(prompt, language)})));
  }

  function questionsSection(actions) {
    const model = state.model;
    if (!Array.isArray(model.questions)) model.questions = [];
    const list = model.questions;
    const editors = list.map((question, i) => {
      if (!question || typeof question !== 'object') return h('p', {class: 'error', text: t('builder.notAQuestion')});
      const n = i + 1;
      const tool = (name, label, onclick, disabled) => h('button', {type: 'button', class: 'secondary',
        id: `q-${i}-${name}`, 'aria-label': label, disabled, onclick, text: t(`builder.${name}`)});
      return questionEditor(fields, model, i, actions, [
        tool('up', t('builder.questionUp', {n}), () => move(list, i, -1) && rebuild([`q-${i - 1}-up`, `q-${i - 1}-down`]),
          i === 0),
        tool('down', t('builder.questionDown', {n}),
          () => move(list, i, 1) && rebuild([`q-${i + 1}-down`, `q-${i + 1}-up`]), i === list.length - 1),
        tool('duplicate', t('builder.questionDuplicate', {n}), () => {
          duplicate(model, i);
          rebuild(`q-${i + 1}-id`);
          announce(t('builder.duplicated', {n}));
        }),
        tool('remove', t('builder.questionRemove', {n}), () => {
          list.splice(i, 1);
          rebuild([`q-${i}-id`, `q-${i - 1}-id`, 'b-new-type']);
          announce(t('builder.removed', {n}));
        })]);
    });
    const type = h('select', {id: 'b-new-type'}, QUESTION_TYPES.map((value) => h('option', {value,
      text: t(`builder.type.${value}`)})));
    const add = h('button', {type: 'button', id: 'b-add-question', text: t('builder.addQuestion'), onclick: () => {
      list.push(newQuestion(model, type.value));
      rebuild(`q-${list.length - 1}-id`);
    }});
    return h('section', {'aria-labelledby': 'b-questions-heading'},
      h('h2', {id: 'b-questions-heading', text: t('builder.questions')}),
      group(fields, {path: 'questions', id: 'b-questions', legend: t('builder.questionList'),
        hint: list.length ? null : t('builder.noQuestions')}, editors,
      h('div', {class: 'row add-question'}, h('div', {class: 'field'},
        h('label', {for: 'b-new-type', text: t('builder.newType')}), type), add)));
  }

  // ----- changes -----
  function changed() {
    saveJsonDraft();
    schedule('form');
  }

  function rebuild(focusIds) {
    draw(focusIds);
    changed();
  }

  function saveJsonDraft() {
    draft.script = JSON.stringify(ordered(state.model), null, 2);
    draft.format = 'JSON';
    draft.versionId = null;
    saveDraft();
  }

  function schedule(kind) {
    window.clearTimeout(state.timer);
    state.pending = kind;
    state.timer = window.setTimeout(flush, DEBOUNCE_MS);
  }

  /** Runs the waiting check now: after a form edit, the check and the YAML; after a YAML edit, the form. */
  async function flush() {
    window.clearTimeout(state.timer);
    const kind = state.pending;
    state.pending = null;
    if (kind === 'yaml') await fromYaml();
    else if (kind === 'form') await fromForm();
  }

  async function fromForm() {
    const mine = ++state.sequence;
    const script = JSON.stringify(ordered(state.model));
    try {
      const [check, rewritten] = await Promise.all([
        post('/api/surveys/validate', {script, format: 'JSON'}),
        post('/api/surveys/notation', {script, format: 'JSON', to: 'YAML'})]);
      if (mine !== state.sequence) return;
      draft.script = rewritten.script;
      draft.format = 'YAML';
      saveDraft();
      if (document.activeElement !== yaml) yaml.value = rewritten.script;
      yamlError.textContent = '';
      yaml.removeAttribute('aria-invalid');
      show(check);
    } catch (error) {
      showError(error);
    }
  }

  async function fromYaml() {
    const mine = ++state.sequence;
    const text = yaml.value;
    draft.script = text;
    draft.format = 'YAML';
    draft.versionId = null;
    saveDraft();
    try {
      const parsed = text.trim() ? await readModel(text, 'YAML') : emptySurvey();
      if (mine !== state.sequence) return;
      yamlError.textContent = '';
      yaml.removeAttribute('aria-invalid');
      state.model = parsed;
      draw();
      const check = text.trim() ? await post('/api/surveys/validate', {script: text, format: 'YAML'})
        : {valid: false, problems: []};
      if (mine === state.sequence) show(check);
    } catch (error) {
      if (mine !== state.sequence) return;
      if (!(error instanceof ApiError) || error.status !== 422) {
        showError(error);
        return;
      }
      const first = error.errors[0] || {};
      yamlError.textContent = first.line ? `${t('problem.line', {line: first.line})}: ${first.message}`
        : first.message || error.message;
      yaml.setAttribute('aria-invalid', 'true');
      state.valid = false;
      publish.disabled = true;
    }
  }

  // ----- problems -----
  function show(check) {
    state.problems = check.problems || [];
    state.valid = Boolean(check.valid);
    mark(true);
  }

  function mark(announceNew) {
    const placed = fields.mark(state.problems);
    summary.textContent = state.valid ? t('builder.valid') : t('editor.problems', {n: state.problems.length});
    summary.className = state.valid ? 'ok' : 'error';
    summaryAtEnd.textContent = summary.textContent;
    summaryAtEnd.className = summary.className;
    problemList.replaceChildren(...placed.map(({problem, entry}) => h('li', {}, h('button', {type: 'button',
      onclick: () => focusEntry(entry), text: `${describe(problem, entry)}: ${problem.message}`}))));
    publish.disabled = !state.valid || !state.model;
    timing.changed(state.valid);
    const said = new Set(state.problems.map((p) => `${p.path}|${p.message}`));
    const focused = document.activeElement && document.activeElement.dataset && document.activeElement.dataset.path;
    if (announceNew && focused) {
      const fresh = state.problems.find((p) => fields.find(p.path || '') === fields.find(focused)
        && !state.said.has(`${p.path}|${p.message}`));
      if (fresh) announce(`${describe(fresh, fields.find(focused))}: ${fresh.message}`);
    }
    state.said = said;
  }

  /** Where a problem is, as the officer sees it: "Question 2: safety › Question › Swedish". */
  function describe(problem, entry) {
    if (!problem.path) return t('problem.script');
    if (!entry || entry.element === form) return problem.path;
    const names = [];
    for (let el = entry.element; el && el !== form; el = el.parentElement) {
      const legend = el.tagName === 'FIELDSET' && el.querySelector(':scope > legend');
      if (legend) names.unshift(legend.textContent);
    }
    if (entry.control) names.push(entry.label);
    return names.join(' › ');
  }

  function focusEntry(entry) {
    if (!entry) return;
    const target = entry.control || entry.element.querySelector('input, select, textarea, button');
    (target || entry.element).focus();
    entry.element.scrollIntoView({block: 'center'});
  }

  // ----- listening, simulator, publishing, a new survey -----
  async function listen(promptId, language) {
    await flush();
    if (!state.valid) {
      announce(t('builder.listenInvalid'));
      summary.focus();
      return;
    }
    try {
      await player.play({script: draft.script, format: draft.format}, promptId, language);
    } catch (error) {
      showError(error);
    }
  }

  const simulate = h('a', {href: '#/simulator', id: 'b-simulate', class: 'button secondary', text: t('editor.simulate'),
    onclick: async (event) => {
      event.preventDefault();
      await flush();
      go('#/simulator');
    }});

  publish.addEventListener('click', async () => {
    await flush();
    if (!state.valid) return;
    try {
      await publishDraft(published);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) show({valid: false, problems: error.errors});
      showError(error);
    }
  });

  const startNew = h('button', {type: 'button', id: 'b-new', class: 'secondary', text: t('builder.new'),
    'aria-controls': 'b-new-confirm', onclick: () => {
      confirmNew.hidden = false;
      document.getElementById('b-new-no').focus();
    }});
  confirmNew.append(h('span', {text: t('builder.newConfirm')}), ' ',
    h('button', {type: 'button', id: 'b-new-yes', text: t('builder.newYes'), onclick: () => {
      confirmNew.hidden = true;
      state.model = emptySurvey();
      yaml.value = '';
      published.replaceChildren();
      rebuild('b-id');
    }}), ' ',
    h('button', {type: 'button', id: 'b-new-no', class: 'secondary', text: t('builder.newNo'), onclick: () => {
      confirmNew.hidden = true;
      startNew.focus();
    }}));

  yaml.addEventListener('input', () => schedule('yaml'));

  main.append(h('h1', {text: t('builder.title')}),
    h('div', {class: 'row'}, startNew, simulate,
      h('a', {href: '#/editor', id: 'b-yaml-editor', class: 'button secondary', text: t('builder.yamlEditor')})),
    confirmNew,
    h('div', {class: 'builder-status'}, summary, problemList),
    player.element,
    form,
    h('section', {'aria-labelledby': 'b-yaml-heading'}, h('h2', {id: 'b-yaml-heading', text: t('builder.yaml')}),
      h('div', {class: 'field wide'}, h('label', {for: 'b-yaml', text: t('builder.yamlLabel')}),
        h('span', {id: 'b-yaml-hint', class: 'hint', text: t('builder.yamlHint')}), yaml, yamlError)),
    timing.element,
    h('p', {class: 'row'}, publish, summaryAtEnd), published);

  yaml.value = draft.format === 'YAML' ? draft.script : '';
  try {
    state.model = draft.script.trim() ? await readModel(draft.script, draft.format) : emptySurvey();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 422) throw error;
    state.model = null;
    const first = error.errors[0] || {};
    yamlError.textContent = `${first.line ? `${t('problem.line', {line: first.line})}: ` : ''}${first.message || ''}`;
  }
  draw();
  if (state.model && draft.format === 'YAML' && draft.script.trim()) {
    show(await post('/api/surveys/validate', {script: draft.script, format: 'YAML'}));
  } else if (state.model) {
    await fromForm();
  }
  return () => window.clearTimeout(state.timer);
}

/** The model of a script: JSON parsed here, YAML rewritten as JSON by the service; 422 when it is neither. */
async function readModel(script, format) {
  let text = script;
  if (format !== 'JSON') text = (await post('/api/surveys/notation', {script, format, to: 'JSON'})).script;
  let model;
  try {
    model = JSON.parse(text);
  } catch (error) {
    throw new ApiError(422, {detail: error.message, errors: [{path: '', line: 0, message: error.message}]});
  }
  if (!model || typeof model !== 'object' || Array.isArray(model)) {
    throw new ApiError(422, {errors: [{path: '', line: 0, message: t('builder.notASurvey')}]});
  }
  return model;
}

async function loadVersion(id) {
  const version = await get(`/api/survey-versions/${encodeURIComponent(id)}`);
  draft.script = version.script;
  draft.format = version.format || 'YAML';
  draft.versionId = version.id;
  saveDraft();
}
