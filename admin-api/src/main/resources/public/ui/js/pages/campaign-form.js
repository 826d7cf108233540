// The campaign settings form, used to create a campaign and to edit a draft or paused one (errors at their fields).
import {ApiError} from '../api.js';
import {field, h} from '../dom.js';
import {t} from '../i18n.js';
import {markFields, showError} from '../problems.js';
import {windowsFieldset, retryFieldset} from './campaign-rules.js';

/** The form filled from campaign (or defaults); send(body) saves it; keepVersion locks the survey version. */
export function campaignForm(surveys, {campaign = {}, chosenVersion, keepVersion, submitText, submitId, send}) {
  const chosen = String(campaign.surveyVersionId ?? chosenVersion ?? '');
  const name = h('input', {id: 'c-name', 'data-path': '$.name', required: true, value: campaign.name || ''});
  const version = h('select', {id: 'c-version', 'data-path': '$.surveyVersionId', required: true, disabled: keepVersion},
    surveys.flatMap((s) => (s.versions || []).map((v) => h('option', {value: v.id, selected: String(v.id) === chosen,
      text: `${s.title || s.slug}, ${t('surveys.version').toLowerCase()} ${v.versionNo}`}))));
  const today = new Date().toISOString().slice(0, 10);
  const startDate = h('input', {id: 'c-start', type: 'date', 'data-path': '$.startDate',
    value: campaign.id ? campaign.startDate || '' : today});
  const endDate = h('input', {id: 'c-end', type: 'date', 'data-path': '$.endDate', value: campaign.endDate || ''});
  const maxAttempts = h('input', {id: 'c-max', type: 'number', min: 1, max: 10, value: campaign.maxAttempts ?? 4,
    'data-path': '$.maxAttempts'});
  const priority = h('input', {id: 'c-priority', type: 'number', value: campaign.priority ?? 0, 'data-path': '$.priority'});
  const server = h('input', {id: 'c-server', value: campaign.id ? campaign.asteriskServer || '' : 'local',
    'data-path': '$.asteriskServer'});
  const windows = campaign.callingWindows?.length ? windowsFieldset(campaign.callingWindows) : windowsFieldset();
  const retries = retryFieldset(campaign.retryPolicy);
  const el = h('form', {id: 'campaign-form', novalidate: true},
    field(t('campaigns.name'), name), field(t('campaigns.version'), version),
    h('div', {class: 'row'}, field(t('campaigns.start'), startDate), field(t('campaigns.end'), endDate)),
    windows.element, retries.element,
    h('div', {class: 'row'}, field(t('campaigns.maxAttempts'), maxAttempts), field(t('campaigns.priority'), priority),
      field(t('campaigns.server'), server)),
    h('button', {type: 'submit', id: submitId, text: submitText}));
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {name: name.value.trim(), surveyVersionId: Number(version.value), startDate: startDate.value || null,
      endDate: endDate.value || null, callingWindows: windows.value(), retryPolicy: retries.value(),
      maxAttempts: Number(maxAttempts.value), priority: Number(priority.value), asteriskServer: server.value.trim() || null};
    try {
      markFields(el, []);
      await send(body);
    } catch (error) {
      if (error instanceof ApiError) markFields(el, error.errors);
      showError(error);
    }
  });
  return el;
}
