// The survey's settings in plain words, each with its default: left empty, the default applies (ScriptParser's
// Settings.DEFAULTS; the ranges are the script check's).
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {choice, group, number, texts} from './fields.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'];

export function settingsEditor(fields, model, changed) {
  const n = (key, value, min, max, step) => number(fields, model, {path: `settings.${key}`, id: `s-${key}`,
    label: t(`builder.s.${key}`), hint: `${t(`builder.s.${key}.hint`)} ${t('builder.default', {value})}`,
    min, max, step, changed});
  const key = (name, value, mayBeOff) => choice(fields, model, {path: `settings.keys.${name}`, id: `s-key-${name}`,
    label: t(`builder.s.key.${name}`), hint: t(`builder.s.key.${name}.hint`),
    options: [{value: '', text: t('builder.defaultKey', {key: value})},
      ...(mayBeOff ? [{value: 'off', text: t('builder.keyOff')}] : []),
      ...KEYS.map((k) => ({value: k, text: k}))], changed});
  const voice = (name, value, min, max, step) => number(fields, model, {path: `settings.voice.${name}`,
    id: `s-voice-${name}`, label: t(`builder.s.voice.${name}`),
    hint: `${t(`builder.s.voice.${name}.hint`)} ${t('builder.default', {value})}`, min, max, step, changed});
  return group(fields, {path: 'settings', id: 's', legend: t('builder.settings'), hint: t('builder.settingsHint')},
    texts(fields, model, {path: 'settings.verify', id: 's-verify', legend: t('builder.s.verify'),
      hint: t('builder.s.verify.hint'), optional: true, changed}),
    h('div', {class: 'row'}, n('maxTries', 2, 1, 5), n('timeoutSeconds', 8, 2, 30),
      n('speechConfidence', 0.75, 0, 1, 0.05)),
    h('div', {class: 'row'}, choice(fields, model, {path: 'settings.languageStep', id: 's-languageStep',
      label: t('builder.s.languageStep'), hint: t('builder.s.languageStep.hint'),
      options: [{value: '', text: t('builder.s.languageStep.default')},
        {value: 'always', text: t('builder.s.languageStep.always')},
        {value: 'unknown-only', text: t('builder.s.languageStep.unknown-only')}], changed})),
    h('div', {class: 'row'}, key('repeat', '*', false), key('optOut', '9', true), key('callback', '0', true)),
    h('div', {class: 'row'}, voice('syllablesPerSecond', '4.0', 3, 6, 0.1), voice('slowSyllablesPerSecond', 3.3, 3, 6, 0.1),
      voice('sentencePauseMillis', 400, 0, 3000, 50)));
}
