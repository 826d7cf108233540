// Plays prompts as a resident hears them: a published version's audio, or an unpublished script's synthesized speech.
import {get, post} from './api.js';
import {h, uid} from './dom.js';
import {t} from './i18n.js';

/** An audio element with a visible caption naming what it plays; play(source, promptId, language) loads and plays. */
export function promptPlayer() {
  const caption = h('p', {id: uid('now-playing'), text: t('audio.idle')});
  const audio = h('audio', {controls: true, preload: 'none', 'aria-label': t('audio.label'),
    'aria-describedby': caption.id, class: 'prompt-audio'});
  let url = null;
  async function play(source, promptId, language) {
    const blob = await fetchAudio(source, promptId, language);
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(blob);
    audio.src = url;
    audio.dataset.prompt = `${promptId}|${language}`;
    caption.textContent = t('audio.playing', {prompt: promptId, language});
    try {
      await audio.play();
    } catch (error) {
      // The browser may refuse to play without a gesture; the controls remain for the officer.
    }
  }
  /** Resolves when the current prompt has finished (or was stopped). */
  function finished() {
    if (audio.paused || audio.ended) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => resolve();
      ['ended', 'pause', 'error', 'emptied'].forEach((type) => audio.addEventListener(type, done, {once: true}));
    });
  }
  function stop() {
    audio.pause();
  }
  return {element: h('div', {class: 'player'}, audio, caption), play, finished, stop};
}

async function fetchAudio(source, promptId, language) {
  if (source.versionId) {
    try {
      const path = promptId.split('/').map(encodeURIComponent).join('/');
      return await get(`/api/survey-versions/${source.versionId}/prompts/${path}/audio`
        + `?language=${encodeURIComponent(language)}`);
    } catch (error) {
      if (!source.script) throw error;
    }
  }
  return post('/api/surveys/prompt-audio', {script: source.script, format: source.format, promptId, language});
}
