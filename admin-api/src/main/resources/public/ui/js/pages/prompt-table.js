// The survey's prompts side by side: one row per prompt, one column per language, each with a listen button.
import {h} from '../dom.js';
import {t} from '../i18n.js';

export function promptTable(survey, listen) {
  if (!survey) return h('p', {text: t('editor.noPrompts')});
  const languages = survey.languages || [];
  if (!survey.prompts) {
    return h('ul', {}, (survey.questions || []).map((q) => h('li', {text: `${q.id} (${q.type})`})));
  }
  const byId = new Map();
  for (const prompt of survey.prompts) {
    if (!byId.has(prompt.id)) byId.set(prompt.id, {});
    byId.get(prompt.id)[prompt.language] = prompt.text;
  }
  const rows = [...byId.entries()].map(([id, texts]) => h('tr', {'data-prompt': id},
    h('th', {scope: 'row', text: id}),
    languages.map((language) => h('td', {lang: language},
      h('span', {text: texts[language] || '—'}), texts[language] ? h('br') : '',
      texts[language] ? h('button', {type: 'button', class: 'secondary listen', lang: document.documentElement.lang,
        'aria-label': t('editor.listenTo', {prompt: id, language}), onclick: () => listen(id, language),
        text: `▶ ${t('editor.listen')}`}) : ''))));
  return h('table', {},
    h('caption', {class: 'visually-hidden', text: t('editor.prompts')}),
    h('thead', {}, h('tr', {}, h('th', {scope: 'col', text: t('editor.prompt')}),
      languages.map((language) => h('th', {scope: 'col', text: t(`lang.${language}`)})))),
    h('tbody', {}, rows));
}
