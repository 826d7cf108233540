// One question in the builder: its id, type, text, the type's own fields, options with keys and spoken words, and
// skips chosen from the later questions. Structural edits call rebuild (the form is drawn again), text edits changed.
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {QUESTION_TYPES, SPEECH_TYPES, answersOf, languagesOf, move, newOption, retyped, textIn} from './model.js';
import {choice, control, group, number, texts, words} from './fields.js';

/**
 * The question i of the model as a fieldset. actions: {changed(), rebuild(focusId), listen(promptId, language),
 * skipLists (each question's skip lists, drawn again when an id changes)}; the question's own buttons (move,
 * duplicate, remove) are the caller's, passed as tools.
 */
export function questionEditor(fields, model, i, actions, tools) {
  const question = model.questions[i];
  const base = `questions[${i}]`;
  const id = `q-${i}`;
  const {changed, rebuild} = actions;
  const idInput = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', value: question.id ?? ''});
  const type = h('select', {}, QUESTION_TYPES.map((value) => h('option', {value, text: t(`builder.type.${value}`),
    selected: value === question.type})));
  const parts = [
    h('div', {class: 'row'},
      control(fields, {path: `${base}.id`, id: `${id}-id`, label: t('builder.questionId'), hint: t('builder.idHint'),
        element: idInput, onChange: () => {
          question.id = idInput.value.trim();
          fieldset.querySelector(':scope > legend').textContent = legend();
          changed();
          actions.skipLists.forEach((refresh) => refresh());
        }}),
      control(fields, {path: `${base}.type`, id: `${id}-type`, label: t('builder.type'), element: type,
        onChange: () => {
          model.questions[i] = retyped(question, type.value);
          rebuild(`${id}-type`);
        }})),
    texts(fields, model, {path: `${base}.text`, id: `${id}-text`, legend: t('builder.questionText'), changed,
      listen: (language) => actions.listen(`question/${question.id}`, language)}),
  ];
  if (SPEECH_TYPES.includes(question.type)) parts.push(speech(fields, question, base, id, rebuild));
  if (question.type === 'yes_no' && question.speech) {
    for (const answer of ['yes', 'no']) {
      parts.push(words(fields, model, {path: `${base}.words.${answer}`, id: `${id}-words-${answer}`,
        legend: t('builder.yesNoWords', {answer: t(answer)}), hint: t('builder.yesNoWordsHint'), changed}));
    }
  }
  if (question.type === 'scale') parts.push(scale(fields, model, base, id, changed, () => refreshSkipTargets()));
  if (question.type === 'number') parts.push(range(fields, model, base, id, changed, 0, 999999999));
  if (question.type === 'open') parts.push(open(fields, model, question, base, id, changed));
  if (question.type === 'choice') {
    parts.push(options(fields, model, question, base, id, actions, () => refreshSkipTargets()));
  }
  const skips = h('div', {class: 'skips'});
  parts.push(skips);

  function refreshSkipTargets() {
    skips.replaceChildren(skipEditor(fields, model, i, actions));
  }
  refreshSkipTargets();
  actions.skipLists.push(refreshSkipTargets);
  const legend = () => t('builder.question', {n: i + 1, id: question.id || '—'});
  const fieldset = group(fields, {path: base, id, legend: legend(), className: 'question'},
    h('div', {class: 'row tools'}, tools), parts);
  return fieldset;
}

function speech(fields, question, base, id, rebuild) {
  const box = h('input', {type: 'checkbox', checked: question.speech === true});
  const element = control(fields, {path: `${base}.speech`, id: `${id}-speech`, label: t('builder.speech'),
    hint: t('builder.speechHint'), element: box, onChange: () => {
      if (box.checked) question.speech = true;
      else delete question.speech;
      rebuild(`${id}-speech`);
    }});
  element.classList.add('check');
  return element;
}

function range(fields, model, base, id, changed, low, high) {
  return h('div', {class: 'row'},
    number(fields, model, {path: `${base}.min`, id: `${id}-min`, label: t('builder.min'), min: low, max: high, changed}),
    number(fields, model, {path: `${base}.max`, id: `${id}-max`, label: t('builder.max'), min: low, max: high, changed}));
}

function scale(fields, model, base, id, changed, refreshSkips) {
  // The skips list the scale's values: a new min or max draws them again.
  const box = range(fields, model, base, id, changed, 0, 9);
  box.querySelectorAll('input').forEach((input) => input.addEventListener('input', refreshSkips));
  return h('div', {}, box,
    texts(fields, model, {path: `${base}.minLabel`, id: `${id}-minLabel`, legend: t('builder.minLabel'), changed}),
    texts(fields, model, {path: `${base}.maxLabel`, id: `${id}-maxLabel`, legend: t('builder.maxLabel'), changed}));
}

function open(fields, model, question, base, id, changed) {
  const keep = h('input', {type: 'checkbox', checked: question.keepRecording !== false});
  const keepField = control(fields, {path: `${base}.keepRecording`, id: `${id}-keep`, label: t('builder.keepRecording'),
    hint: t('builder.keepRecordingHint'), element: keep, onChange: () => {
      if (keep.checked) delete question.keepRecording;
      else question.keepRecording = false;
      changed();
    }});
  keepField.classList.add('check');
  return h('div', {class: 'row'},
    number(fields, model, {path: `${base}.maxSeconds`, id: `${id}-maxSeconds`, label: t('builder.maxSeconds'),
      hint: t('builder.default', {value: 60}), min: 5, max: 300, changed}), keepField);
}

function options(fields, model, question, base, id, {changed, rebuild}, refreshSkips) {
  const list = Array.isArray(question.options) ? question.options : [];
  const items = list.map((option, j) => {
    const path = `${base}.options[${j}]`;
    const oid = `${id}-opt-${j}`;
    const optionId = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', value: option.id ?? ''});
    const key = h('input', {type: 'text', inputmode: 'numeric', maxlength: 1, size: 2, value: option.key ?? ''});
    const tool = (text, label, onclick, disabled) => h('button', {type: 'button', class: 'secondary', id: `${oid}-${text}`,
      'aria-label': label, disabled, onclick, text: t(`builder.${text}`)});
    return group(fields, {path, id: oid, legend: t('builder.option', {n: j + 1}), className: 'option'},
      h('div', {class: 'row'},
        control(fields, {path: `${path}.id`, id: `${oid}-id`, label: t('builder.optionId'), hint: t('builder.optionIdHint'),
          element: optionId, onChange: () => {
            option.id = optionId.value.trim();
            changed();
            refreshSkips();
          }}),
        control(fields, {path: `${path}.key`, id: `${oid}-key`, label: t('builder.key'),
          hint: t('builder.keyHint', {key: j + 1}), element: key, onChange: () => {
            if (key.value.trim()) option.key = key.value.trim();
            else delete option.key;
            changed();
          }}),
        tool('up', t('builder.optionUp', {n: j + 1}), () => move(list, j, -1) && rebuild(`${id}-opt-${j - 1}-up`), j === 0),
        tool('down', t('builder.optionDown', {n: j + 1}),
          () => move(list, j, 1) && rebuild(`${id}-opt-${j + 1}-down`), j === list.length - 1),
        tool('remove', t('builder.optionRemove', {n: j + 1}), () => {
          list.splice(j, 1);
          rebuild(`${id}-add-option`);
        })),
      texts(fields, model, {path: `${path}.text`, id: `${oid}-text`, legend: t('builder.optionText'), changed: () => {
        changed();
        refreshSkips();
      }}),
      question.speech ? words(fields, model, {path: `${path}.words`, id: `${oid}-words`, legend: t('builder.words'),
        changed}) : '');
  });
  const add = h('button', {type: 'button', id: `${id}-add-option`, class: 'secondary', text: t('builder.addOption'),
    onclick: () => {
      if (!Array.isArray(question.options)) question.options = [];
      question.options.push(newOption(question));
      rebuild(`${id}-opt-${question.options.length - 1}-id`);
    }});
  return group(fields, {path: `${base}.options`, id: `${id}-options`, legend: t('builder.options'),
    hint: t('builder.optionsHint')}, items, add);
}

/** "After answer X go to": one list per answer, and where to go after the question, from the later questions. */
function skipEditor(fields, model, i, {changed}) {
  const question = model.questions[i];
  const base = `questions[${i}]`;
  const later = model.questions.slice(i + 1).map((q) => q && q.id).filter(Boolean);
  const targets = (fallback) => [{value: '', text: fallback},
    ...later.map((value) => ({value, text: t('builder.goTo', {id: value})})),
    {value: 'end', text: t('builder.goToEnd')}];
  const skip = question.skip && typeof question.skip === 'object' ? question.skip : {};
  const answers = answersOf(question);
  const stale = Object.keys(skip).filter((answer) => !answers.includes(answer));
  const rows = [...answers, ...stale].map((answer) => choice(fields, model, {path: `${base}.skip.${answer}`,
    id: `q-${i}-skip-${answer.replace(/[^a-z0-9_-]/gi, '_')}`, label: t('builder.afterAnswer', {answer:
      answerName(model, question, answer)}), options: targets(t('builder.goOn')), changed}));
  return group(fields, {path: `${base}.skip`, id: `q-${i}-skips`, legend: t('builder.skips'),
    hint: t('builder.skipsHint')}, h('div', {class: 'row'}, rows,
    choice(fields, model, {path: `${base}.next`, id: `q-${i}-next`, label: t('builder.next'),
      options: targets(t('builder.goOn')), changed})));
}

/** An answer as the officer wrote it: yes or no, an option's text in the survey's first language, a value. */
function answerName(model, question, answer) {
  if (question.type === 'yes_no') return t(answer === 'yes' ? 'yes' : 'no');
  const option = question.type === 'choice' && (question.options || []).find((o) => o && o.id === answer);
  return option ? textIn(model, `${base(model, question)}.options[${question.options.indexOf(option)}].text`,
    languagesOf(model)[0]) || answer : answer;
}

function base(model, question) {
  return `questions[${model.questions.indexOf(question)}]`;
}
