// Officer: the do-not-call list with a number added by hand, and a resident's number erased after a confirmation.
import {get, post, ApiError} from '../api.js';
import {announce, field, h} from '../dom.js';
import {num, t, when} from '../i18n.js';
import {markFields, showError} from '../problems.js';

export async function render(main, {go}) {
  const list = await get('/api/do-not-call');
  main.append(h('h1', {text: t('dnc.title')}), h('p', {text: t('dnc.intro')}),
    h('h2', {id: 'dnc-add-title', text: t('dnc.add')}), addForm(() => go('#/do-not-call')),
    h('h2', {id: 'dnc-list-title', text: t('dnc.list')}),
    list.length ? listTable(list) : h('p', {id: 'dnc-none', text: t('dnc.none')}),
    h('h2', {id: 'dnc-remove-title', text: t('dnc.remove')}), h('p', {text: t('dnc.removeIntro')}),
    removeForm(() => go('#/do-not-call')),
    h('h2', {id: 'erase-title', text: t('erase.title')}), eraseSection());
}

function listTable(list) {
  return h('table', {id: 'dnc-list'}, h('caption', {class: 'visually-hidden', text: t('dnc.list')}),
    h('thead', {}, h('tr', {}, ['dnc.phone', 'dnc.reason', 'dnc.added', 'dnc.source']
      .map((key) => h('th', {scope: 'col', text: t(key)})))),
    h('tbody', {}, list.map((entry) => h('tr', {},
      h('td', {text: entry.phone}), h('td', {text: entry.reason || ''}), h('td', {text: when(entry.addedAt)}),
      h('td', {text: t(`dnc.source.${entry.source}`)})))));
}

function addForm(done) {
  const phone = h('input', {id: 'dnc-phone', type: 'tel', 'data-path': '$.phone', autocomplete: 'off', required: true});
  const reason = h('input', {id: 'dnc-reason', 'data-path': '$.reason', autocomplete: 'off'});
  const form = h('form', {id: 'dnc-form', novalidate: true}, field(t('dnc.phone'), phone, t('dnc.phoneHint')),
    field(t('dnc.reason'), reason), h('button', {type: 'submit', id: 'dnc-submit', text: t('dnc.submit')}));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      markFields(form, []);
      const entry = await post('/api/do-not-call', {phone: phone.value.trim(), reason: reason.value.trim() || null});
      announce(t('dnc.done', {phone: entry.phone}));
      done();
    } catch (error) {
      if (error instanceof ApiError) markFields(form, error.errors);
      showError(error);
    }
  });
  return form;
}

/** Takes a number off the list: the number and the reason (both required; the reason goes to the audit log). */
function removeForm(done) {
  const phone = h('input', {id: 'dnc-remove-phone', type: 'tel', 'data-path': '$.phone', autocomplete: 'off', required: true});
  const reason = h('input', {id: 'dnc-remove-reason', 'data-path': '$.reason', autocomplete: 'off', required: true});
  const form = h('form', {id: 'dnc-remove-form', novalidate: true}, field(t('dnc.phone'), phone, t('dnc.phoneHint')),
    field(t('dnc.removeReason'), reason), h('button', {type: 'submit', id: 'dnc-remove-submit', text: t('dnc.removeSubmit')}));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      markFields(form, []);
      const removed = await post('/api/do-not-call/removals', {phone: phone.value.trim(), reason: reason.value.trim()});
      announce(t('dnc.removed', {phone: removed.phone, n: num(removed.reopened)}));
      done();
    } catch (error) {
      if (error instanceof ApiError) markFields(form, error.errors);
      showError(error);
    }
  });
  return form;
}

/** Asks for the number, then says exactly what is erased and asks again before erasing. */
function eraseSection() {
  const phone = h('input', {id: 'erase-phone', type: 'tel', 'data-path': '$.phone', autocomplete: 'off', required: true});
  const result = h('p', {id: 'erase-result', class: 'ok', tabindex: -1, hidden: true});
  const confirmBox = h('div', {id: 'erase-confirm', class: 'card', role: 'group', 'aria-labelledby': 'erase-confirm-title',
    hidden: true});
  const form = h('form', {id: 'erase-form', novalidate: true}, field(t('dnc.phone'), phone, t('dnc.phoneHint')),
    h('button', {type: 'submit', id: 'erase-ask', text: t('erase.ask')}));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    result.hidden = true;
    if (!phone.value.trim()) {
      markFields(form, [{path: '$.phone', message: t('erase.noNumber')}]);
      phone.focus();
      return;
    }
    markFields(form, []);
    const number = phone.value.trim();
    const yes = h('button', {type: 'button', id: 'erase-yes', class: 'danger', text: t('erase.yes', {phone: number}),
      onclick: () => erase(number)});
    confirmBox.replaceChildren(h('h3', {id: 'erase-confirm-title', text: t('erase.confirmTitle', {phone: number})}),
      h('ul', {}, ['erase.what1', 'erase.what2', 'erase.what3', 'erase.what4'].map((key) => h('li', {text: t(key)}))),
      h('p', {text: t('erase.stays')}),
      h('div', {class: 'row'}, yes, h('button', {type: 'button', class: 'secondary', id: 'erase-no', text: t('erase.no'),
        onclick: () => { confirmBox.hidden = true; phone.focus(); }})));
    confirmBox.hidden = false;
    yes.focus();
  });

  async function erase(number) {
    try {
      const done = await post('/api/respondents/erase', {phone: number});
      confirmBox.hidden = true;
      phone.value = '';
      result.textContent = t('erase.done', {respondents: num(done.respondents), answers: num(done.answers),
        recordings: num(done.recordings)});
      result.hidden = false;
      result.focus();
      announce(result.textContent);
    } catch (error) {
      if (error instanceof ApiError) markFields(form, error.errors);
      showError(error);
    }
  }
  return h('section', {'aria-labelledby': 'erase-title'}, h('p', {text: t('erase.intro')}), form, confirmBox, result);
}
