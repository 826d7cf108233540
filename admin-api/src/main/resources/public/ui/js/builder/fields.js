// The builder's form controls. Each control or group is registered under its script path (questions[1].text.fi), so
// a problem from the script check is shown at the field it names: at the control itself, or at the nearest group.
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {at, languagesOf, put, setText, setWords, textIn, wordsIn} from './model.js';

/** Where problems go: path -> {element, label, slot (the message's place), control?}. */
export class FieldMap {
  constructor() {
    this.entries = new Map();
  }

  add(path, entry) {
    this.entries.set(path, entry);
    return entry;
  }

  /** The entry for a path, or for the nearest enclosing path that has one. */
  find(path) {
    let rest = path;
    while (rest) {
      if (this.entries.has(rest)) return this.entries.get(rest);
      const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['));
      rest = cut > 0 ? rest.slice(0, cut) : '';
    }
    return this.entries.get('') || null;
  }

  /** Shows each problem at its field; returns the problems with the entry each went to. */
  mark(problems) {
    for (const entry of this.entries.values()) {
      entry.slot.replaceChildren();
      entry.slot.hidden = true;
      if (entry.control) {
        entry.control.removeAttribute('aria-invalid');
        if (entry.describedBy) entry.control.setAttribute('aria-describedby', entry.describedBy);
        else entry.control.removeAttribute('aria-describedby');
      }
    }
    return problems.map((problem) => {
      const entry = this.find(problem.path || '');
      if (entry) {
        entry.slot.hidden = false;
        entry.slot.append(h('span', {class: 'error', text: problem.message}));
        if (entry.control) {
          entry.control.setAttribute('aria-invalid', 'true');
          entry.control.setAttribute('aria-describedby', `${entry.describedBy} ${entry.slot.id}`.trim());
        }
      }
      return {problem, entry};
    });
  }
}

/**
 * A labelled control bound to a script path: its hint (with the default) and its error place are described-by.
 * read/write convert between the model's value and the control's.
 */
export function control(fields, {path, id, label, hint, element, onChange}) {
  element.id = id;
  element.dataset.path = path;
  const slot = h('span', {id: `${id}-error`, class: 'field-errors', hidden: true});
  const parts = [h('label', {for: id, text: label}), element];
  let describedBy = '';
  if (hint) {
    parts.push(h('span', {id: `${id}-hint`, class: 'hint', text: hint}));
    describedBy = `${id}-hint`;
  }
  if (describedBy) element.setAttribute('aria-describedby', describedBy);
  parts.push(slot);
  fields.add(path, {element, control: element, label, slot, describedBy});
  element.addEventListener(element.tagName === 'SELECT' || element.type === 'checkbox' ? 'change' : 'input',
    () => onChange(element));
  return h('div', {class: 'field'}, parts);
}

/** A group of controls (a fieldset) registered under a path, its problems shown under the legend. */
export function group(fields, {path, id, legend, hint, className}, ...children) {
  const slot = h('p', {id: `${id}-error`, class: 'field-errors', hidden: true});
  const hintEl = hint ? h('p', {class: 'hint', id: `${id}-hint`, text: hint}) : null;
  const element = h('fieldset', {id, class: className || null, 'data-path': path,
    'aria-describedby': hintEl ? `${id}-hint ${id}-error` : `${id}-error`},
  h('legend', {text: legend}), hintEl, slot, ...children);
  if (path !== null) fields.add(path, {element, label: legend, slot, describedBy: ''});
  return element;
}

/**
 * A text in every survey language side by side (one column each), each language's box at path.<code>. With
 * listen, each language gets a button that plays the prompt promptId.
 */
export function texts(fields, model, {path, id, legend, hint, optional, long, changed, listen}) {
  const languages = languagesOf(model);
  const columns = languages.map((code) => {
    const element = long ? h('textarea', {rows: 3, lang: code}) : h('input', {type: 'text', lang: code});
    element.value = textIn(model, path, code);
    const box = control(fields, {path: `${path}.${code}`, id: `${id}-${code}`, label: t(`lang.${code}`), element,
      onChange: () => {
        setText(model, path, code, element.value, optional);
        changed();
      }});
    if (listen) {
      box.append(h('button', {type: 'button', class: 'secondary listen', lang: document.documentElement.lang,
        'aria-label': t('builder.listenTo', {text: legend, language: t(`lang.${code}`)}),
        onclick: () => listen(code), text: `▶ ${t('editor.listen')}`}));
    }
    return box;
  });
  return group(fields, {path, id, legend, hint: hint || (optional ? t('builder.optional') : null),
    className: 'texts'}, h('div', {class: 'side-by-side'}, columns));
}

/** The words that give an answer when spoken, per language, as comma-separated lists. */
export function words(fields, model, {path, id, legend, hint, changed}) {
  const columns = languagesOf(model).map((code) => {
    const element = h('input', {type: 'text', lang: code, value: wordsIn(model, path, code)});
    return control(fields, {path: `${path}.${code}`, id: `${id}-${code}`, label: t(`lang.${code}`), element,
      onChange: () => {
        setWords(model, path, code, element.value);
        changed();
      }});
  });
  return group(fields, {path, id, legend, hint: hint || t('builder.wordsHint'), className: 'texts'},
    h('div', {class: 'side-by-side'}, columns));
}

/** A whole number at path; empty removes it (so the default applies). */
export function number(fields, model, {path, id, label, hint, min, max, step, changed}) {
  const element = h('input', {type: 'number', inputmode: step ? 'decimal' : 'numeric', min, max, step: step || 1});
  const value = at(model, path);
  element.value = value ?? '';
  return control(fields, {path, id, label, hint, element, onChange: () => {
    const text = element.value.trim();
    put(model, path, text === '' ? undefined : Number(text));
    changed();
  }});
}

/** A choice among values at path; the '' choice removes it (the default). */
export function choice(fields, model, {path, id, label, hint, options, changed, onChange}) {
  const current = at(model, path);
  const values = options.map((o) => o.value);
  const list = [...options];
  if (current !== undefined && !values.includes(String(current))) {
    list.push({value: String(current), text: t('builder.unknownValue', {value: current})});
  }
  const element = h('select', {}, list.map((o) => h('option', {value: o.value, text: o.text,
    selected: String(current ?? '') === o.value})));
  return control(fields, {path, id, label, hint, element, onChange: onChange || (() => {
    put(model, path, element.value === '' ? undefined : element.value);
    changed();
  })});
}
