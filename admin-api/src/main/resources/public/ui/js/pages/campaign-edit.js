// Officer: a draft or paused campaign's settings, edited with the same form as a new campaign (PUT replaces them all).
import {get, put} from '../api.js';
import {announce, h} from '../dom.js';
import {t} from '../i18n.js';
import {campaignForm} from './campaign-form.js';

export const EDITABLE = ['DRAFT', 'PAUSED'];

/** The section (hidden unless the campaign may be edited now); saved(campaign) is told of the saved settings. */
export async function editSection(campaign, saved) {
  const surveys = await get('/api/surveys');
  const form = campaignForm(surveys, {campaign, keepVersion: campaign.state === 'PAUSED',
    submitText: t('campaign.save'), submitId: 'c-save', send: async (body) => {
      const updated = await put(`/api/campaigns/${campaign.id}`, body);
      announce(t('campaign.saved'));
      saved(updated);
    }});
  const section = h('section', {id: 'campaign-edit', 'aria-labelledby': 'campaign-edit-title'},
    h('h2', {id: 'campaign-edit-title', text: t('campaign.settings')}),
    h('p', {text: t(campaign.state === 'PAUSED' ? 'campaign.settingsPaused' : 'campaign.settingsHint')}), form);
  return {
    element: section,
    show: (state) => { section.hidden = !EDITABLE.includes(state); },
  };
}
