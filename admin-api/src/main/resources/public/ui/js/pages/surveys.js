// Officer: the surveys and their published versions, with links to the editor, the simulator and a new campaign.
import {get} from '../api.js';
import {h} from '../dom.js';
import {t, when} from '../i18n.js';

export async function render(main) {
  main.append(h('h1', {text: t('surveys.title')}),
    h('p', {}, h('a', {class: 'button', href: '#/editor', text: t('surveys.new')})));
  const list = await get('/api/surveys');
  if (!list.length) {
    main.append(h('p', {text: t('surveys.none')}));
    return;
  }
  const rows = list.flatMap((survey) => (survey.versions || []).map((version) => h('tr', {},
    h('td', {text: survey.title || survey.slug}),
    h('td', {text: survey.slug}),
    h('td', {class: 'num', text: version.versionNo}),
    h('td', {text: `${when(version.publishedAt)} ${version.publishedBy || ''}`}),
    h('td', {},
      h('a', {href: `#/builder?version=${version.id}`, text: t('surveys.build')}), ' · ',
      h('a', {href: `#/editor?version=${version.id}`, text: t('surveys.open')}), ' · ',
      h('a', {href: `#/simulator?version=${version.id}`, text: t('surveys.try')}), ' · ',
      h('a', {href: `#/campaigns?version=${version.id}`, text: t('surveys.campaign')})))));
  main.append(h('table', {},
    h('caption', {class: 'visually-hidden', text: t('surveys.title')}),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col', text: t('surveys.name')}), h('th', {scope: 'col', text: t('surveys.slug')}),
      h('th', {scope: 'col', class: 'num', text: t('surveys.version')}),
      h('th', {scope: 'col', text: t('surveys.published')}), h('th', {scope: 'col', text: t('actions')}))),
    h('tbody', {}, rows)));
}
