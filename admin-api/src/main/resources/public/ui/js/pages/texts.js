// Officer: a campaign's text messages. The pre-notice and follow-up texts in fi/sv/en with their timing (errors at
// their fields), and every text sent with its delivery state, those that did not reach the resident marked.
import {ApiError, get, put} from '../api.js';
import {announce, field, h} from '../dom.js';
import {LANGUAGES, t, when} from '../i18n.js';
import {markFields, showError} from '../problems.js';

/** The section: settings form and the list of texts sent. */
export function textSection(campaignId) {
  const section = h('section', {id: 'campaign-texts', 'aria-labelledby': 'texts-title'},
    h('h2', {id: 'texts-title', text: t('texts.title')}));
  load(campaignId, section);
  return section;
}

async function load(campaignId, section) {
  try {
    const [texts, sent] = await Promise.all([get(`/api/campaigns/${campaignId}/texts`),
      get(`/api/campaigns/${campaignId}/text-messages`)]);
    section.append(
      h('p', {id: 'texts-enabled', text: t(texts.enabled ? 'texts.on' : 'texts.off')}),
      form(campaignId, texts), sentTable(sent));
  } catch (error) {
    showError(error);
  }
}

function textAreas(kind, texts) {
  return LANGUAGES.map((code) => field(`${t(`texts.${kind}`)} (${t(`lang.${code}`)})`,
    h('textarea', {id: `texts-${kind}-${code}`, rows: 3, 'data-path': `$.${kind}.texts.${code}`,
      value: texts?.[code] || ''}), code === 'fi' ? t('texts.placeholders') : null));
}

function form(campaignId, texts) {
  const segments = h('input', {id: 'texts-segments', type: 'number', min: 1, max: 2, value: texts.maxSegments,
    'data-path': '$.maxSegments'});
  const callBack = h('input', {id: 'texts-callback', value: texts.callBackNumber || '', 'data-path': '$.callBackNumber'});
  const lead = h('input', {id: 'texts-lead', type: 'number', min: 1, max: 168,
    value: texts.preNotice?.leadHours ?? 24, 'data-path': '$.preNotice.leadHours'});
  const after = h('input', {id: 'texts-after', type: 'number', min: 1, max: 10,
    value: texts.followUp?.afterAttempts ?? 2, 'data-path': '$.followUp.afterAttempts'});
  const el = h('form', {id: 'texts-form', novalidate: true},
    h('div', {class: 'row'}, field(t('texts.segments'), segments),
      field(t('texts.callBack'), callBack, texts.callBackNumberInUse ? t('texts.inUse', {number: texts.callBackNumberInUse}) : null)),
    h('fieldset', {}, h('legend', {text: t('texts.preNotice')}), field(t('texts.lead'), lead),
      ...textAreas('preNotice', texts.preNotice?.texts)),
    h('fieldset', {}, h('legend', {text: t('texts.followUp')}), field(t('texts.after'), after),
      ...textAreas('followUp', texts.followUp?.texts)),
    h('button', {type: 'submit', id: 'texts-save', text: t('texts.save')}));
  const value = (kind) => Object.fromEntries(LANGUAGES
    .map((code) => [code, el.querySelector(`#texts-${kind}-${code}`).value.trim()]).filter(([, text]) => text));
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const preNotice = value('preNotice');
    const followUp = value('followUp');
    const body = {maxSegments: Number(segments.value), callBackNumber: callBack.value.trim() || null,
      preNotice: Object.keys(preNotice).length ? {leadHours: Number(lead.value), texts: preNotice} : null,
      followUp: Object.keys(followUp).length ? {afterAttempts: Number(after.value), texts: followUp} : null};
    try {
      markFields(el, []);
      await put(`/api/campaigns/${campaignId}/texts`, body);
      announce(t('texts.saved'));
    } catch (error) {
      if (error instanceof ApiError) markFields(el, error.errors);
      showError(error);
    }
  });
  return el;
}

function sentTable(sent) {
  if (!sent.length) return h('p', {id: 'texts-none', text: t('texts.none')});
  return h('table', {id: 'texts-sent'}, h('caption', {text: t('texts.sent')}),
    h('thead', {}, h('tr', {}, ['texts.when', 'attempts.phone', 'texts.kind', 'attempts.state', 'texts.tries',
      'texts.detail', 'texts.body'].map((key) => h('th', {scope: 'col', text: t(key)})))),
    h('tbody', {}, sent.map((m) => h('tr', {'data-text': m.id, class: m.attention ? 'attention' : null},
      h('td', {text: when(m.submittedAt || m.dueAt)}),
      h('td', {text: m.phone || t('callbacks.erased')}),
      h('td', {text: t(`texts.${m.kind}`)}),
      h('td', {text: `${t(`texts.state.${m.state}`)}${m.attention ? ` (${t('texts.attention')})` : ''}`}),
      h('td', {class: 'num', text: m.tries}),
      h('td', {text: m.detail || ''}),
      h('td', {text: m.body})))));
}
