// Officer: a call in the page. The keypad, silence and hang-up drive POST /api/surveys/simulate; the transcript
// grows and each prompt is played as the resident would hear it.
import {get, post} from '../api.js';
import {announce, field, h} from '../dom.js';
import {LANGUAGES, t} from '../i18n.js';
import {draft} from '../draft.js';
import {promptPlayer} from '../audio.js';
import {showError} from '../problems.js';
import {keypad} from './keypad.js';

export async function render(main, {params}) {
  const source = await sourceOf(params.get('version'));
  const player = promptPlayer();
  const language = h('select', {id: 'sim-language'}, h('option', {value: '', text: t('sim.languageMenu')}),
    LANGUAGES.map((code) => h('option', {value: code, text: t(`lang.${code}`)})));
  const aloud = h('input', {type: 'checkbox', id: 'sim-aloud', checked: true});
  // Focusable: it scrolls once the call is long, and a keyboard user must be able to scroll it back.
  const transcript = h('ol', {class: 'transcript', id: 'transcript', 'aria-live': 'polite', 'aria-relevant': 'additions',
    'aria-labelledby': 'transcript-heading', tabindex: '0'});
  const awaiting = h('p', {id: 'sim-awaiting'});
  const speech = h('input', {id: 'sim-speech', autocomplete: 'off'});
  const call = {state: null, awaiting: null, ended: true, queue: Promise.resolve(), generation: 0};
  const pad = keypad((keys) => send({keys}), () => call.awaiting);
  const controls = [];

  async function send(input) {
    try {
      const body = {...(source.versionId ? {versionId: source.versionId} : {script: source.script, format: source.format}),
        ...(call.state ? {state: call.state} : {}), ...(language.value ? {language: language.value} : {})};
      if (input) body.input = input;
      if (input) transcript.append(line('input', describe(input)));
      const result = await post('/api/surveys/simulate', body);
      call.state = result.state;
      call.awaiting = result.awaiting;
      call.ended = result.ended;
      (result.lines || []).forEach((l) => transcript.append(line(l.kind, l.text, l.language)));
      transcript.scrollTop = transcript.scrollHeight;
      playAll((result.lines || []).filter((l) => l.kind === 'prompt' && l.promptId));
      awaiting.textContent = result.ended ? t('sim.ended', {outcome: result.outcome ? t(`outcome.${result.outcome}`) : '—'})
        : awaitingText(result.awaiting);
      if (result.ended) announce(awaiting.textContent);
      enable();
    } catch (error) {
      showError(error);
    }
  }

  function playAll(prompts) {
    const generation = ++call.generation;
    player.stop();
    if (!aloud.checked) return;
    call.queue = prompts.reduce((previous, prompt) => previous.then(async () => {
      if (generation !== call.generation) return;
      await player.play(source, prompt.promptId, prompt.language).catch(() => null);
      await player.finished();
    }), Promise.resolve());
  }

  function enable() {
    pad.setEnabled(!call.ended);
    controls.forEach((button) => { button.disabled = call.ended; });
  }

  const start = h('button', {type: 'button', id: 'sim-start', text: t('sim.start'), onclick: () => {
    transcript.replaceChildren();
    call.state = null;
    send(null);
  }});
  const say = h('button', {type: 'button', id: 'sim-say', text: t('sim.say'), onclick: () => {
    if (speech.value.trim()) send({speech: speech.value.trim(), confidence: 0.9});
    speech.value = '';
  }});
  const silence = h('button', {type: 'button', id: 'sim-silence', class: 'secondary', text: t('sim.silence'),
    onclick: () => send({silence: true})});
  const hangup = h('button', {type: 'button', id: 'sim-hangup', class: 'secondary', text: t('sim.hangup'),
    onclick: () => send({hangup: true})});
  controls.push(say, silence, hangup);
  enable();

  main.append(h('h1', {text: t('sim.title')}),
    h('p', {text: source.versionId ? t('sim.version', {n: source.versionNo ?? source.versionId}) : t('sim.draft')}),
    h('div', {class: 'row'}, field(t('sim.language'), language),
      h('div', {class: 'field'}, h('span', {}, aloud, ' ', h('label', {for: 'sim-aloud', text: t('sim.aloud')}))),
      start),
    h('div', {class: 'sim'},
      h('section', {'aria-labelledby': 'phone-heading'}, h('h2', {id: 'phone-heading', text: t('sim.phone')}),
        pad.element, h('div', {class: 'row'}, field(t('sim.speech'), speech), say),
        h('p', {class: 'row'}, silence, hangup), player.element),
      h('section', {'aria-labelledby': 'transcript-heading'},
        h('h2', {id: 'transcript-heading', text: t('sim.transcript')}), awaiting, transcript)));
  if (!source.versionId && !source.script.trim()) awaiting.textContent = t('sim.noScript');
  return () => { call.generation += 1; player.stop(); };
}

async function sourceOf(versionId) {
  if (versionId) {
    const version = await get(`/api/survey-versions/${encodeURIComponent(versionId)}`);
    return {versionId: version.id, versionNo: version.versionNo, script: version.script, format: version.format};
  }
  if (draft.versionId && !draft.script) return {versionId: draft.versionId, script: '', format: draft.format};
  return {versionId: null, script: draft.script, format: draft.format};
}

function line(kind, text, language) {
  return h('li', {class: kind, lang: language || null},
    h('span', {class: 'who', text: `${t(`sim.kind.${kind}`)}:`}), h('span', {text}));
}

function describe(input) {
  if (input.keys) return t('sim.pressed', {keys: input.keys});
  if (input.speech) return t('sim.said', {text: input.speech});
  if (input.silence) return t('sim.silent');
  return t('sim.hungUp');
}

function awaitingText(awaiting) {
  if (!awaiting) return '';
  if (awaiting.kind === 'keys') return t('sim.awaitKeys', {n: awaiting.maxDigits || 1});
  return t(`sim.await.${awaiting.kind}`);
}
