// The survey's prompts side by side: one row per prompt, one column per language, each with a listen button. For a
// published version each prompt also says whether calls play an officer's recording or synthesized speech, and takes
// an upload (WAV, OGG, FLAC; converted on the server) or the removal of its recording.
import {del, get, post} from '../api.js';
import {announce, h, uid} from '../dom.js';
import {num, t} from '../i18n.js';
import {showError} from '../problems.js';

export function promptTable(survey, listen, versionId) {
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
  const sources = [];
  const rows = [...byId.entries()].map(([id, texts]) => h('tr', {'data-prompt': id},
    h('th', {scope: 'row', text: id}),
    languages.map((language) => {
      const source = versionId && texts[language] ? h('div', {class: 'prompt-source', 'data-language': language}) : '';
      if (source) sources.push({id, language, element: source});
      return h('td', {lang: language},
        h('span', {text: texts[language] || '—'}), texts[language] ? h('br') : '',
        texts[language] ? h('button', {type: 'button', class: 'secondary listen', lang: document.documentElement.lang,
          'aria-label': t('editor.listenTo', {prompt: id, language}), onclick: () => listen(id, language),
          text: `▶ ${t('editor.listen')}`}) : '', source);
    })));
  if (versionId) showSources(versionId, sources);
  return h('table', {},
    h('caption', {class: 'visually-hidden', text: t('editor.prompts')}),
    h('thead', {}, h('tr', {}, h('th', {scope: 'col', text: t('editor.prompt')}),
      languages.map((language) => h('th', {scope: 'col', text: t(`lang.${language}`)})))),
    h('tbody', {}, rows));
}

async function showSources(versionId, sources) {
  let recorded;
  try {
    recorded = await get(`/api/survey-versions/${versionId}/recordings`);
  } catch (error) {
    showError(error);
    return;
  }
  const byKey = new Map(recorded.map((r) => [`${r.promptId}|${r.language}`, r]));
  for (const source of sources) fill(versionId, source, byKey.get(`${source.id}|${source.language}`));
}

function fill(versionId, source, recording) {
  const {id, language, element} = source;
  const path = `/api/survey-versions/${versionId}/prompts/${id.split('/').map(encodeURIComponent).join('/')}`
    + `/recording?language=${encodeURIComponent(language)}`;
  const status = h('span', {class: recording ? 'recorded' : 'synthesized',
    text: recording ? t('prompts.recorded', {seconds: num(Math.round(recording.durationMs / 100) / 10)})
      : t('prompts.synthesized')});
  const input = h('input', {type: 'file', accept: 'audio/wav,audio/x-wav,audio/ogg,audio/flac,audio/mpeg',
    id: uid('recording'), class: 'visually-hidden', onchange: () => upload()});
  const label = h('label', {for: input.id, class: 'button secondary',
    'aria-label': t('prompts.uploadFor', {prompt: id, language}), text: t('prompts.upload')});
  const remove = recording ? h('button', {type: 'button', class: 'secondary',
    'aria-label': t('prompts.removeFor', {prompt: id, language}), text: t('prompts.remove'),
    onclick: async () => {
      try {
        await del(path);
        fill(versionId, source, null);
        announce(t('prompts.removed', {prompt: id, language}));
      } catch (error) {
        showError(error);
      }
    }}) : '';

  async function upload() {
    const file = input.files[0];
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    try {
      const saved = await post(path, form);
      fill(versionId, source, saved);
      announce(t('prompts.uploaded', {prompt: id, language}));
    } catch (error) {
      showError(error);
    }
  }
  element.replaceChildren(status, ' ', input, label, remove ? ' ' : '', remove);
}
