// Officer: one campaign. Start, pause, resume, cancel; edit its settings; import respondents; follow progress live;
// write its text messages and see those sent; read the call attempts.
import {get, post} from '../api.js';
import {announce, h} from '../dom.js';
import {t} from '../i18n.js';
import {showError} from '../problems.js';
import {importSection} from './import-section.js';
import {liveProgress} from './progress.js';
import {editSection} from './campaign-edit.js';
import {attemptLog} from './attempts.js';
import {openAnswers} from './open-answers.js';
import {textSection} from './texts.js';

const ACTIONS = {start: ['DRAFT'], pause: ['RUNNING'], resume: ['PAUSED'], cancel: ['DRAFT', 'RUNNING', 'PAUSED']};

export async function render(main, {arg, go}) {
  let campaign = await get(`/api/campaigns/${encodeURIComponent(arg)}`);
  const edit = await editSection(campaign, () => go(window.location.hash));
  const state = h('p', {id: 'campaign-state'});
  const buttons = Object.keys(ACTIONS).map((action) => h('button', {type: 'button', id: `campaign-${action}`,
    class: action === 'cancel' ? 'secondary' : null, text: t(`campaign.${action}`), onclick: () => act(action)}));
  const progress = liveProgress(campaign.id, (p) => {
    if (p.state && p.state !== campaign.state) {
      campaign = {...campaign, state: p.state};
      show();
    }
  });

  function show() {
    state.replaceChildren(h('strong', {text: `${t('campaigns.state')}: `}), h('span', {id: 'state-value', text: t(`state.${campaign.state}`)}));
    buttons.forEach((button, i) => { button.hidden = !ACTIONS[Object.keys(ACTIONS)[i]].includes(campaign.state); });
    edit.show(campaign.state);
  }

  async function act(action) {
    if (action === 'cancel' && !window.confirm(t('campaign.confirmCancel'))) return;
    try {
      campaign = await post(`/api/campaigns/${campaign.id}/${action}`, {});
      show();
      announce(t('campaign.nowState', {state: t(`state.${campaign.state}`)}));
      progress.refresh();
    } catch (error) {
      showError(error);
    }
  }

  show();
  main.append(h('h1', {text: campaign.name}), state,
    h('dl', {class: 'figures'},
      h('dt', {text: t('campaigns.dates')}), h('dd', {text: `${campaign.startDate || ''} – ${campaign.endDate || ''}`}),
      h('dt', {text: t('campaigns.windows')}),
      h('dd', {text: (campaign.callingWindows || []).map((w) => `${t(`days.${w.days}`)} ${w.from}–${w.to}`).join('; ')}),
      h('dt', {text: t('campaigns.maxAttempts')}), h('dd', {text: campaign.maxAttempts})),
    h('p', {class: 'row'}, buttons),
    progress.element,
    edit.element,
    importSection(campaign.id, () => progress.refresh()),
    textSection(campaign.id),
    attemptLog(campaign.id),
    openAnswers(campaign.id),
    h('p', {}, h('a', {href: `#/callbacks?campaign=${campaign.id}`, text: t('nav.callbacks')})));
  return () => progress.close();
}
