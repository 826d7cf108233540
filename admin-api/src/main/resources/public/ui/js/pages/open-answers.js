// Officer: a campaign's spoken open answers from its attempts; each play or download is one audited request.
import {get} from '../api.js';
import {announce, h} from '../dom.js';
import {t, when} from '../i18n.js';
import {showError} from '../problems.js';

export function openAnswers(campaignId) {
  const body = h('tbody');
  const empty = h('p', {id: 'open-answers-none', text: t('openAnswers.none'), hidden: true});
  const audio = h('audio', {controls: true, preload: 'none', id: 'open-answer-audio', 'aria-label': t('openAnswers.player')});
  const table = h('table', {id: 'open-answers', hidden: true},
    h('caption', {class: 'visually-hidden', text: t('openAnswers.title')}),
    h('thead', {}, h('tr', {}, ['openAnswers.answered', 'openAnswers.attempt', 'openAnswers.question', 'openAnswers.listen']
      .map((key) => h('th', {scope: 'col', text: t(key)})))), body);
  let url = null;
  const base = `/api/campaigns/${campaignId}/recordings`;

  async function play(r) {
    try {
      const blob = await get(`${base}/${r.answerId}`);
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(blob);
      audio.src = url;
      announce(t('openAnswers.playing', {question: r.questionId}));
      await audio.play().catch(() => {});
    } catch (error) {
      showError(error);
    }
  }

  async function download(r) {
    try {
      const blob = await get(`${base}/${r.answerId}/download`);
      const link = h('a', {href: URL.createObjectURL(blob), download: `campaign-${campaignId}-answer-${r.answerId}.wav`});
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    } catch (error) {
      showError(error);
    }
  }

  function row(r) {
    return h('tr', {'data-answer': r.answerId},
      h('td', {text: when(r.answeredAt)}),
      h('td', {class: 'num', text: r.attemptId}),
      h('td', {text: r.questionId}),
      h('td', {},
        h('button', {type: 'button', class: 'secondary', text: t('openAnswers.play'),
          'aria-label': t('openAnswers.playLabel', {question: r.questionId, attempt: r.attemptId}), onclick: () => play(r)}),
        h('button', {type: 'button', class: 'secondary', text: t('openAnswers.download'),
          'aria-label': t('openAnswers.downloadLabel', {question: r.questionId, attempt: r.attemptId}),
          onclick: () => download(r)})));
  }

  (async () => {
    try {
      const page = await get(`${base}?limit=1000`);
      page.forEach((r) => body.append(row(r)));
      table.hidden = !page.length;
      empty.hidden = Boolean(page.length);
    } catch (error) {
      showError(error);
    }
  })();
  return h('section', {id: 'open-answer-log', 'aria-labelledby': 'open-answers-title'},
    h('h2', {id: 'open-answers-title', text: t('openAnswers.title')}), h('p', {text: t('openAnswers.note')}),
    empty, table, audio);
}
