// The UI's words in Finnish, Swedish and English; the chosen language is kept in localStorage.
import fi from './lang/fi.js';
import sv from './lang/sv.js';
import en from './lang/en.js';
import builderFi from './lang/builder-fi.js';
import builderSv from './lang/builder-sv.js';
import builderEn from './lang/builder-en.js';

export const LANGUAGES = ['fi', 'sv', 'en'];
const DICTIONARIES = {fi: {...fi, ...builderFi}, sv: {...sv, ...builderSv}, en: {...en, ...builderEn}};
const KEY = 'kuuleva.language';
let current = initial();

function initial() {
  const saved = window.localStorage.getItem(KEY);
  if (LANGUAGES.includes(saved)) return saved;
  const browser = (navigator.language || 'fi').slice(0, 2);
  return LANGUAGES.includes(browser) ? browser : 'fi';
}

export function language() {
  return current;
}

/** Switches the language and the page's lang attribute. */
export function setLanguage(code) {
  if (!LANGUAGES.includes(code)) return;
  current = code;
  window.localStorage.setItem(KEY, code);
  document.documentElement.lang = code;
}

/** The word for key in the current language, {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const text = DICTIONARIES[current][key] ?? DICTIONARIES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** A number in the current language's notation. */
export function num(value, digits = 0) {
  return new Intl.NumberFormat(current, {maximumFractionDigits: digits, minimumFractionDigits: digits}).format(value);
}

/** A share 0..1 as a percentage. */
export function pct(share, digits = 0) {
  return new Intl.NumberFormat(current, {style: 'percent', maximumFractionDigits: digits}).format(share);
}

/** An ISO instant as a local date and time. */
export function when(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, {dateStyle: 'short', timeStyle: 'short'}).format(new Date(iso));
}

/** The word for key, or fallback when no dictionary has it (figures named by the service). */
export function tOr(key, fallback) {
  return DICTIONARIES[current][key] ?? DICTIONARIES.en[key] ?? fallback;
}

/** A text given per language ({fi, sv, en}) in the current language, or the text itself. */
export function localized(text) {
  if (!text || typeof text !== 'object') return text ?? '';
  return text[current] ?? text.fi ?? text.sv ?? text.en ?? Object.values(text)[0] ?? '';
}
