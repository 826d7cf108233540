// The builder's survey: the script's own JSON tree (the model /api/surveys/validate checks), edited in place. Parts
// the builder shows no field for (system phrases, scale words) are kept as they are. Pure: no DOM, no requests.

export const QUESTION_TYPES = ['yes_no', 'choice', 'scale', 'number', 'open'];
export const SPEECH_TYPES = ['yes_no', 'choice', 'scale'];
const TOP_ORDER = ['id', 'title', 'languages', 'settings', 'languageMenu', 'intro', 'consent', 'questions', 'closing',
  'voicemail', 'messages'];
const QUESTION_ORDER = ['id', 'type', 'speech', 'min', 'max', 'text', 'minLabel', 'maxLabel', 'options', 'words',
  'maxSeconds', 'keepRecording', 'skip', 'next'];

/** A survey with nothing written yet, in Finnish. */
export function emptySurvey() {
  return {id: '', title: {fi: ''}, languages: ['fi'], intro: {fi: ''}, consent: {fi: ''}, questions: [],
    closing: {fi: ''}};
}

/** The model's languages (codes), whatever the script wrote there. */
export function languagesOf(model) {
  return Array.isArray(model.languages) ? model.languages.filter((code) => typeof code === 'string') : [];
}

/** The value at a script path (questions[1].text.fi), or undefined. */
export function at(model, path) {
  return segments(path).reduce((value, key) => (value == null ? undefined : value[key]), model);
}

/** Sets the value at a path, making the maps on the way; undefined removes it (and maps left empty). */
export function put(model, path, value) {
  const keys = segments(path);
  const parents = [model];
  for (const key of keys.slice(0, -1)) {
    const parent = parents[parents.length - 1];
    if (parent[key] == null || typeof parent[key] !== 'object') {
      if (value === undefined) return;
      parent[key] = {};
    }
    parents.push(parent[key]);
  }
  const last = keys[keys.length - 1];
  if (value === undefined) {
    delete parents[parents.length - 1][last];
    for (let i = parents.length - 1; i > 0; i -= 1) {
      if (Array.isArray(parents[i]) || Object.keys(parents[i]).length) break;
      delete parents[i - 1][keys[i - 1]];
    }
  } else {
    parents[parents.length - 1][last] = value;
  }
}

/** questions[1].text.fi as ['questions', 1, 'text', 'fi']. */
export function segments(path) {
  return path.split('.').flatMap((part) => part.split(/\[(\d+)\]/).filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) && part.includes(`[${s}]`) ? Number(s) : s)));
}

/** The text of one language: a plain string counts as the first language's text (scripts with one language). */
export function textIn(model, path, language) {
  const value = at(model, path);
  if (typeof value === 'string') return language === languagesOf(model)[0] ? value : '';
  return value && typeof value[language] === 'string' ? value[language] : '';
}

/**
 * Sets one language's text. An optional text left empty in every language is removed (the survey does without it);
 * a required one keeps its empty entries, so the check names the missing translations.
 */
export function setText(model, path, language, text, optional) {
  const value = at(model, path);
  const texts = typeof value === 'string' ? {[languagesOf(model)[0]]: value}
    : value && typeof value === 'object' ? {...value} : {};
  texts[language] = text;
  const empty = languagesOf(model).every((code) => !texts[code]);
  put(model, path, optional && empty ? undefined : texts);
}

/** The words of one language as "a, b"; set from the same. */
export function wordsIn(model, path, language) {
  const words = at(model, `${path}.${language}`);
  return Array.isArray(words) ? words.join(', ') : '';
}

export function setWords(model, path, language, line) {
  const words = line.split(',').map((word) => word.trim()).filter(Boolean);
  put(model, `${path}.${language}`, words.length ? words : undefined);
}

/** Adds or removes a language, keeping the order of the others (the first is the default). */
export function toggleLanguage(model, code, on) {
  const languages = languagesOf(model).filter((c) => c !== code);
  if (on) languages.push(code);
  model.languages = languages;
}

/** A new question of a type with an id no other question has. */
export function newQuestion(model, type) {
  return retyped({id: freeId(model, 'q'), type, text: {}}, type);
}

/** The question as another type: id, text and next stay; the old type's fields and skips go. */
export function retyped(question, type) {
  const kept = {id: question.id, type, text: question.text ?? {}};
  if (question.next !== undefined) kept.next = question.next;
  if (type === 'choice') kept.options = [{id: 'a', text: {}}, {id: 'b', text: {}}];
  if (type === 'scale') Object.assign(kept, {min: 1, max: 5, minLabel: {}, maxLabel: {}});
  if (type === 'number') Object.assign(kept, {min: 0, max: 99});
  if (SPEECH_TYPES.includes(type) && question.speech) kept.speech = true;
  return kept;
}

/** A copy of the question i placed after it, with a new id. */
export function duplicate(model, i) {
  const copy = JSON.parse(JSON.stringify(model.questions[i]));
  copy.id = freeId(model, `${model.questions[i].id || 'q'}_`);
  model.questions.splice(i + 1, 0, copy);
}

/** Moves list[i] by delta (-1 up, 1 down); false when it cannot move. */
export function move(list, i, delta) {
  const j = i + delta;
  if (j < 0 || j >= list.length) return false;
  [list[i], list[j]] = [list[j], list[i]];
  return true;
}

/** The answers a question can skip on: yes/no, its options' ids or the scale's values. */
export function answersOf(question) {
  if (question.type === 'yes_no') return ['yes', 'no'];
  if (question.type === 'choice') return (question.options || []).map((o) => o && o.id).filter(Boolean);
  if (question.type === 'scale') {
    const min = Number.isInteger(question.min) ? question.min : 1;
    const max = Number.isInteger(question.max) ? question.max : 5;
    const values = [];
    for (let v = min; v <= max && values.length < 10; v += 1) values.push(String(v));
    return values;
  }
  return [];
}

/** A new option with a free id. */
export function newOption(question) {
  const ids = new Set((question.options || []).map((o) => o && o.id));
  let n = (question.options || []).length + 1;
  while (ids.has(`option_${n}`)) n += 1;
  return {id: `option_${n}`, text: {}};
}

function freeId(model, prefix) {
  const ids = new Set((model.questions || []).map((q) => q && q.id));
  let n = prefix.endsWith('_') ? 2 : (model.questions || []).length + 1;
  while (ids.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** The model with its keys in the script's usual order (so the YAML reads as one written by hand). */
export function ordered(model) {
  const result = orderKeys(model, TOP_ORDER);
  if (Array.isArray(result.questions)) {
    result.questions = result.questions.map((q) => (q && typeof q === 'object' ? orderKeys(q, QUESTION_ORDER) : q));
  }
  return result;
}

function orderKeys(object, order) {
  const result = {};
  for (const key of order) if (key in object) result[key] = object[key];
  for (const key of Object.keys(object)) if (!(key in result)) result[key] = object[key];
  return result;
}
