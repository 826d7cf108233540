// Officer: the campaigns, and a new one with its calling windows and retry rules.
import {get, post, ApiError} from '../api.js';
import {field, h} from '../dom.js';
import {t} from '../i18n.js';
import {markFields, showError} from '../problems.js';
import {windowsFieldset, retryFieldset} from './campaign-rules.js';

export async function render(main, {params, go}) {
  const [campaigns, surveys] = await Promise.all([get('/api/campaigns'), get('/api/surveys')]);
  main.append(h('h1', {text: t('campaigns.title')}));
  if (campaigns.length) main.append(campaignTable(campaigns));
  else main.append(h('p', {text: t('campaigns.none')}));
  main.append(h('h2', {id: 'new-campaign', text: t('campaigns.new')}), form(surveys, params.get('version'), go));
}

function campaignTable(campaigns) {
  return h('table', {id: 'campaign-list'}, h('caption', {class: 'visually-hidden', text: t('campaigns.title')}),
    h('thead', {}, h('tr', {}, ['campaigns.name', 'campaigns.state', 'campaigns.dates']
      .map((key) => h('th', {scope: 'col', text: t(key)})))),
    h('tbody', {}, campaigns.map((c) => h('tr', {},
      h('td', {}, h('a', {href: `#/campaign/${c.id}`, text: c.name})),
      h('td', {text: t(`state.${c.state}`)}),
      h('td', {text: `${c.startDate || ''} – ${c.endDate || ''}`})))));
}

function form(surveys, chosenVersion, go) {
  const name = h('input', {id: 'c-name', 'data-path': '$.name', required: true});
  const version = h('select', {id: 'c-version', 'data-path': '$.surveyVersionId', required: true},
    surveys.flatMap((s) => (s.versions || []).map((v) => h('option', {value: v.id, selected: String(v.id) === chosenVersion,
      text: `${s.title || s.slug}, ${t('surveys.version').toLowerCase()} ${v.versionNo}`}))));
  const today = new Date().toISOString().slice(0, 10);
  const startDate = h('input', {id: 'c-start', type: 'date', 'data-path': '$.startDate', value: today});
  const endDate = h('input', {id: 'c-end', type: 'date', 'data-path': '$.endDate'});
  const maxAttempts = h('input', {id: 'c-max', type: 'number', min: 1, max: 20, value: 4, 'data-path': '$.maxAttempts'});
  const priority = h('input', {id: 'c-priority', type: 'number', value: 0, 'data-path': '$.priority'});
  const server = h('input', {id: 'c-server', value: 'local', 'data-path': '$.asteriskServer'});
  const windows = windowsFieldset();
  const retries = retryFieldset();
  const el = h('form', {id: 'campaign-form', novalidate: true},
    field(t('campaigns.name'), name), field(t('campaigns.version'), version),
    h('div', {class: 'row'}, field(t('campaigns.start'), startDate), field(t('campaigns.end'), endDate)),
    windows.element, retries.element,
    h('div', {class: 'row'}, field(t('campaigns.maxAttempts'), maxAttempts), field(t('campaigns.priority'), priority),
      field(t('campaigns.server'), server)),
    h('button', {type: 'submit', id: 'c-create', text: t('campaigns.create')}));
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {name: name.value.trim(), surveyVersionId: Number(version.value), startDate: startDate.value || null,
      endDate: endDate.value || null, callingWindows: windows.value(), retryPolicy: retries.value(),
      maxAttempts: Number(maxAttempts.value), priority: Number(priority.value), asteriskServer: server.value.trim() || null};
    try {
      const created = await post('/api/campaigns', body);
      go(`#/campaign/${created.id}`);
    } catch (error) {
      if (error instanceof ApiError) markFields(el, error.errors);
      showError(error);
    }
  });
  return el;
}

