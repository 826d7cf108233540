// Admin: the users, a new user with roles, and one user's roles, password or disabling changed.
import {get, post, put, ApiError} from '../api.js';
import {announce, field, h} from '../dom.js';
import {t, when} from '../i18n.js';
import {markFields, showError} from '../problems.js';

export const ROLES = ['OFFICER', 'ANALYST', 'ADMIN'];

export async function render(main, {params, go}) {
  const users = await get('/api/users');
  const chosen = users.find((u) => u.username === params.get('user'));
  main.append(h('h1', {text: t('users.title')}), userTable(users));
  if (chosen) main.append(editForm(chosen, () => go('#/users')));
  main.append(h('h2', {id: 'new-user', text: t('users.new')}), newForm(() => go('#/users')));
}

function roleNames(roles) {
  return roles.map((role) => t(`role.${role}`)).join(', ');
}

function userTable(users) {
  return h('table', {id: 'user-list'}, h('caption', {class: 'visually-hidden', text: t('users.title')}),
    h('thead', {}, h('tr', {}, ['users.username', 'users.roles', 'users.created', 'users.status', 'actions']
      .map((key) => h('th', {scope: 'col', text: t(key)})))),
    h('tbody', {}, users.map((u) => h('tr', {'data-user': u.username},
      h('td', {text: u.username}), h('td', {text: roleNames(u.roles || [])}), h('td', {text: when(u.createdAt)}),
      h('td', {text: t(u.disabled ? 'users.disabled' : 'users.active')}),
      h('td', {}, h('a', {href: `#/users?user=${encodeURIComponent(u.username)}`, class: 'edit-user',
        'aria-label': t('users.editN', {name: u.username}), text: t('users.edit')}))))));
}

/** Role checkboxes in a fieldset; value() lists the ticked roles. */
function roleBoxes(prefix, current) {
  const boxes = ROLES.map((role) => h('input', {type: 'checkbox', id: `${prefix}-${role}`, value: role,
    checked: current.includes(role)}));
  return {
    element: h('fieldset', {'data-path': '$.roles', id: `${prefix}-roles`}, h('legend', {text: t('users.roles')}),
      boxes.map((box) => h('div', {class: 'check'}, box, h('label', {for: box.id, text: t(`role.${box.value}`)})))),
    value: () => boxes.filter((box) => box.checked).map((box) => box.value),
  };
}

function submitting(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      markFields(form, []);
      await action();
    } catch (error) {
      if (error instanceof ApiError) markFields(form, error.errors);
      showError(error);
    }
  });
  return form;
}

function newForm(done) {
  const username = h('input', {id: 'u-name', 'data-path': '$.username', autocomplete: 'off', required: true});
  const password = h('input', {id: 'u-password', type: 'password', 'data-path': '$.password',
    autocomplete: 'new-password', required: true});
  const roles = roleBoxes('u-new', []);
  const form = h('form', {id: 'user-form', novalidate: true}, field(t('users.username'), username),
    field(t('users.password'), password, t('users.passwordHint')), roles.element,
    h('button', {type: 'submit', id: 'u-create', text: t('users.create')}));
  return submitting(form, async () => {
    const user = await post('/api/users', {username: username.value.trim(), password: password.value, roles: roles.value()});
    announce(t('users.created.done', {name: user.username}));
    done();
  });
}

function editForm(user, done) {
  const roles = roleBoxes('u-edit', user.roles || []);
  const disabled = h('input', {type: 'checkbox', id: 'u-disabled', checked: user.disabled, 'data-path': '$.disabled'});
  const password = h('input', {id: 'u-reset', type: 'password', 'data-path': '$.password', autocomplete: 'new-password'});
  const form = h('form', {id: 'user-edit', novalidate: true}, roles.element,
    h('div', {class: 'check'}, disabled, h('label', {for: disabled.id, text: t('users.disable')})),
    field(t('users.resetPassword'), password, t('users.resetHint')),
    h('div', {class: 'row'}, h('button', {type: 'submit', id: 'u-save', text: t('users.save')}),
      h('a', {href: '#/users', text: t('users.cancel')})));
  const section = h('section', {'aria-labelledby': 'edit-user-title'},
    h('h2', {id: 'edit-user-title', text: t('users.editTitle', {name: user.username})}), form);
  submitting(form, async () => {
    const change = {roles: roles.value(), disabled: disabled.checked};
    if (password.value) change.password = password.value;
    await put(`/api/users/${encodeURIComponent(user.username)}`, change);
    announce(t('users.saved', {name: user.username}));
    done();
  });
  window.setTimeout(() => section.querySelector('h2').scrollIntoView(), 0);
  return section;
}
