// The login page: POST /api/login sets the KUULEVA_SESSION cookie.
import {post, ApiError} from '../api.js';
import {announce, field, h} from '../dom.js';
import {t} from '../i18n.js';
import {session} from '../session.js';
import {showError} from '../problems.js';

export function render(main, {go}) {
  const username = h('input', {name: 'username', autocomplete: 'username', required: true});
  const password = h('input', {name: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const message = h('p', {class: 'error', id: 'login-error', role: 'alert', hidden: true});
  const form = h('form', {class: 'login', novalidate: true},
    field(t('login.username'), username),
    field(t('login.password'), password),
    message,
    h('button', {type: 'submit', text: t('login.submit')}));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      const me = await post('/api/login', {username: username.value, password: password.value}, {quiet401: true});
      session.user = {username: me.username, roles: me.roles || []};
      announce(t('login.welcome', {name: me.username}));
      go(session.home());
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        message.textContent = t('login.limited', {minutes: Math.max(1, Math.ceil(error.retryAfter / 60) || 15)});
        message.hidden = false;
      } else if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
        message.textContent = t('login.failed');
        message.hidden = false;
        password.value = '';
        password.focus();
      } else {
        showError(error);
      }
    }
  });
  main.append(h('h1', {text: t('login.title')}), form);
  username.focus();
}
