// Officer: residents who asked a person to call them back, and when (morning, afternoon or no preference); each is
// marked handled with a note. A request filed because nobody answered the resident's transfer to a person is marked,
// as is one from a caller to the survey number who is not in the survey.
import {get, post} from '../api.js';
import {announce, h} from '../dom.js';
import {t, when} from '../i18n.js';
import {showError} from '../problems.js';

export async function render(main, {params, go}) {
  const campaign = params.get('campaign');
  const all = params.get('all') === 'true';
  const query = new URLSearchParams();
  if (campaign) query.set('campaignId', campaign);
  if (!all) query.set('open', 'true');
  const list = await get(`/api/callbacks?${query}`);
  const toggle = new URLSearchParams(query);
  toggle.delete('open');
  if (campaign) toggle.set('campaign', campaign);
  toggle.delete('campaignId');
  if (!all) toggle.set('all', 'true');
  main.append(h('h1', {text: t('callbacks.title')}),
    h('p', {}, h('a', {href: `#/callbacks?${toggle}`, text: t(all ? 'callbacks.onlyOpen' : 'callbacks.showAll')})));
  if (!list.length) {
    main.append(h('p', {id: 'callbacks-none', text: t(all ? 'callbacks.noneAtAll' : 'callbacks.none')}));
    return;
  }
  main.append(h('table', {id: 'callbacks'}, h('caption', {class: 'visually-hidden', text: t('callbacks.title')}),
    h('thead', {}, h('tr', {}, ['callbacks.requested', 'callbacks.phone', 'callbacks.language', 'callbacks.step',
      'callbacks.time', 'callbacks.handled'].map((key) => h('th', {scope: 'col', text: t(key)})))),
    h('tbody', {}, list.map((c) => row(c, () => go(window.location.hash))))));
}

function row(callback, reload) {
  const note = h('input', {id: `note-${callback.id}`, autocomplete: 'off'});
  const handled = callback.handledAt
    ? h('span', {class: 'ok', text: t('callbacks.handledBy', {at: when(callback.handledAt), by: callback.handledBy || '',
      note: callback.note || ''})})
    : h('form', {class: 'row', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await post(`/api/callbacks/${callback.id}/handled`, {note: note.value});
        announce(t('callbacks.marked', {phone: callback.phone || t('callbacks.erased')}));
        reload();
      } catch (error) {
        showError(error);
      }
    }}, h('div', {class: 'field'}, h('label', {for: note.id, text: t('callbacks.note')}), note),
    h('button', {type: 'submit', class: 'mark-handled', text: t('callbacks.mark'),
      'aria-label': t('callbacks.markFor', {phone: callback.phone || t('callbacks.erased')})}));
  return h('tr', {'data-callback': callback.id},
    h('td', {text: when(callback.requestedAt)}),
    h('td', {}, callback.phone ? h('a', {href: `tel:${callback.phone}`, text: callback.phone}) : t('callbacks.erased')),
    h('td', {text: callback.language ? t(`lang.${callback.language}`) : ''}),
    h('td', {}, callback.atStep || '',
      callback.transferFailed ? h('span', {class: 'transfer-failed', text: ` (${t('callbacks.transferFailed')})`}) : '',
      callback.callerOnly ? h('span', {class: 'caller-only', text: ` (${t('callbacks.callerOnly')})`}) : ''),
    h('td', {class: 'preferred-time', text: t(`callbacks.time.${callback.preferredTime || 'ANY'}`)}),
    h('td', {}, handled));
}
