// Boots the UI: who is logged in, the navigation for their roles, the language switch and the hash router.
import {get, post, whenUnauthorized} from './api.js';
import {h} from './dom.js';
import {language, setLanguage, t} from './i18n.js';
import {session} from './session.js';
import {showError, clearError} from './problems.js';
import * as login from './pages/login.js';
import * as surveys from './pages/surveys.js';
import * as editor from './pages/editor.js';
import * as builder from './pages/builder.js';
import * as simulator from './pages/simulator.js';
import * as campaigns from './pages/campaigns.js';
import * as campaign from './pages/campaign.js';
import * as callbacks from './pages/callbacks.js';
import * as reports from './pages/reports.js';
import * as doNotCall from './pages/do-not-call.js';
import * as users from './pages/users.js';
import * as audit from './pages/audit.js';

const OFFICER = 'OFFICER';
const ANALYST = 'ANALYST';
const ADMIN = 'ADMIN';
const ROUTES = [
  {path: 'surveys', page: surveys, roles: [OFFICER], nav: 'nav.surveys'},
  {path: 'builder', page: builder, roles: [OFFICER], nav: 'nav.builder'},
  {path: 'editor', page: editor, roles: [OFFICER], nav: 'nav.editor'},
  {path: 'simulator', page: simulator, roles: [OFFICER], nav: 'nav.simulator'},
  {path: 'campaigns', page: campaigns, roles: [OFFICER], nav: 'nav.campaigns'},
  {path: 'campaign', page: campaign, roles: [OFFICER]},
  {path: 'callbacks', page: callbacks, roles: [OFFICER], nav: 'nav.callbacks'},
  {path: 'do-not-call', page: doNotCall, roles: [OFFICER], nav: 'nav.doNotCall'},
  {path: 'reports', page: reports, roles: [ANALYST, OFFICER], nav: 'nav.reports'},
  {path: 'users', page: users, roles: [ADMIN], nav: 'nav.users'},
  {path: 'audit', page: audit, roles: [ADMIN], nav: 'nav.audit'},
];
let leave = null;

function allowed(route) {
  return session.user && route.roles.some((role) => session.user.roles.includes(role));
}

/** The route of the current hash: #/campaign/12?x=1 gives {path: 'campaign', arg: '12', params}. */
function parseHash() {
  const [pathPart, query = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  const [path, arg] = pathPart.split('/');
  return {path, arg, params: new URLSearchParams(query)};
}

function home() {
  const first = ROUTES.find((route) => route.nav && allowed(route));
  return first ? `#/${first.path}` : '#/login';
}

async function render() {
  if (leave) leave();
  leave = null;
  clearError();
  const main = document.getElementById('main');
  const where = parseHash();
  renderChrome(where.path);
  let page = login;
  if (session.user) {
    const route = ROUTES.find((r) => r.path === where.path && allowed(r));
    if (!route) {
      window.location.replace(home());
      return;
    }
    page = route.page;
  } else if (where.path !== 'login') {
    window.location.replace('#/login');
    return;
  }
  // Each render draws into its own view: a render still awaiting the service when the next one starts (two quick
  // changes of the address) keeps drawing into a view no longer on the page instead of doubling the page.
  const view = document.createElement('div');
  view.className = 'view';
  main.replaceChildren(view);
  try {
    leave = await page.render(view, {arg: where.arg, params: where.params, go, user: session.user});
  } catch (error) {
    showError(error);
  }
  if (view.isConnected) document.title = `${view.querySelector('h1')?.textContent || ''} – Kuuleva`;
}

function renderChrome(path) {
  document.documentElement.lang = language();
  document.getElementById('language').value = language();
  document.getElementById('language-label').textContent = t('language');
  document.getElementById('skip-link').textContent = t('skip');
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav.label'));
  const items = ROUTES.filter((route) => route.nav && allowed(route)).map((route) =>
    h('li', {}, h('a', {href: `#/${route.path}`, 'aria-current': route.path === path ? 'page' : null, text: t(route.nav)})));
  nav.replaceChildren(items.length ? h('ul', {}, items) : '');
  const logout = document.getElementById('logout');
  logout.hidden = !session.user;
  logout.textContent = t('logout');
  document.getElementById('who').textContent = session.user ? session.user.username : '';
}

/** Goes to a hash route (and renders it, also when it is the current one). */
export function go(hash) {
  if (window.location.hash === hash) render();
  else window.location.hash = hash;
}

async function boot() {
  whenUnauthorized(() => {
    if (session.user) {
      session.user = null;
      go('#/login');
    }
  });
  document.getElementById('language').addEventListener('change', (event) => {
    setLanguage(event.target.value);
    render();
  });
  document.getElementById('logout').addEventListener('click', async () => {
    await post('/api/logout', {}).catch(() => null);
    session.user = null;
    go('#/login');
  });
  window.addEventListener('hashchange', render);
  session.user = await get('/api/me', {quiet401: true}).catch(() => null);
  if (session.user) session.user.roles = session.user.roles || [];
  session.home = home;
  if (session.user && (!window.location.hash || window.location.hash === '#/login')) window.location.replace(home());
  render();
}

boot();
