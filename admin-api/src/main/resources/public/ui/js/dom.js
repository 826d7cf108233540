// Small DOM helpers: elements are built with textContent only, never from HTML strings.
const SVG = 'http://www.w3.org/2000/svg';

/** h('button', {type: 'button', onclick}, 'Save'): an element with attributes, handlers and children. */
export function h(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** The same for SVG elements. */
export function s(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), attrs, children);
}

function fill(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'text') el.textContent = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

let ids = 0;
/** A unique element id with a readable prefix. */
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled form field: the label's for points at the control, hints and errors are described-by. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = uid('f');
  const parts = [h('label', {for: control.id, text: labelText}), control];
  if (hint) {
    const hintEl = h('span', {id: `${control.id}-hint`, class: 'hint', text: hint});
    control.setAttribute('aria-describedby', hintEl.id);
    parts.push(hintEl);
  }
  return h('div', {class: 'field'}, parts);
}

/** Says something to screen readers politely (the #status live region). */
export function announce(message) {
  const status = document.getElementById('status');
  status.textContent = '';
  window.setTimeout(() => { status.textContent = message; }, 50);
}
