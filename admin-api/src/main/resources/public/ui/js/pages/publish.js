// Publishing the draft shared by the editor and the builder, with links to try the version or start a campaign.
import {post} from '../api.js';
import {announce, h} from '../dom.js';
import {t} from '../i18n.js';
import {draft, saveDraft} from '../draft.js';

/** Publishes the draft (the same script again is the same version), remembers its id and says so in `published`. */
export async function publishDraft(published) {
  const result = await post('/api/surveys', {script: draft.script, format: draft.format}, {withStatus: true});
  draft.versionId = result.body.versionId;
  saveDraft();
  const text = t(result.status === 201 ? 'editor.published' : 'editor.same', {n: result.body.versionNo});
  published.replaceChildren(h('span', {class: 'ok', text}), ' ',
    h('a', {href: `#/simulator?version=${draft.versionId}`, text: t('surveys.try')}), ' · ',
    h('a', {href: `#/campaigns?version=${draft.versionId}`, text: t('surveys.campaign')}));
  announce(text);
}
