// Officer: the campaigns, and a new one with its calling windows and retry rules.
import {get, post} from '../api.js';
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {campaignForm} from './campaign-form.js';

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
  return campaignForm(surveys, {chosenVersion, submitText: t('campaigns.create'), submitId: 'c-create',
    send: async (body) => {
      const created = await post('/api/campaigns', body);
      go(`#/campaign/${created.id}`);
    }});
}
