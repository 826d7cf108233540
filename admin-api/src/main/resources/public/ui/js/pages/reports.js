// Analyst: one published survey version and question at a time; answer distributions by municipality, age band
// and language, weighted to the population, the question across rounds and against another question or a register
// field, indicators with confidence intervals, response and representativeness figures, AAPOR rates and the
// R-indicator, exports and the printable report.
import {get} from '../api.js';
import {field, h} from '../dom.js';
import {localized, t} from '../i18n.js';
import {showError} from '../problems.js';
import {barChart} from '../charts.js';
import {figuresView} from '../figures.js';
import {crossTabSection} from './crosstab.js';
import {indicatorsSection} from './indicators.js';
import {weightedView} from './weighted.js';
import {populationForm} from './population-form.js';
import {preNoticesView} from './pre-notices.js';
import {roundsSection} from './rounds.js';
import {session} from '../session.js';

const BY = ['', 'municipality', 'ageBand', 'language'];

export async function render(main, {params, go}) {
  const versions = await get('/api/reports/versions');
  main.append(h('h1', {text: t('report.title')}));
  if (!versions.length) {
    main.append(h('p', {text: t('report.noVersions')}));
    return;
  }
  const versionId = params.get('version') || String(versions[0].versionId);
  const questions = await get(`/api/reports/versions/${versionId}/questions`);
  const questionId = params.get('question') || (questions[0] && questions[0].id) || '';
  const by = BY.includes(params.get('by')) ? params.get('by') || '' : 'municipality';
  const against = params.get('against') || '';
  const navigate = (changes) => {
    const next = new URLSearchParams({version: versionId, question: questionId, by, against, ...changes});
    go(`#/reports?${next}`);
  };
  const versionSelect = h('select', {id: 'r-version', onchange: (e) => navigate({version: e.target.value, question: ''})},
    versions.map((v) => h('option', {value: v.versionId, selected: String(v.versionId) === versionId,
      text: t('report.versionOption', {title: localized(v.title) || v.slug, n: v.versionNo, respondents: v.respondents ?? 0})})));
  const questionSelect = h('select', {id: 'r-question', onchange: (e) => navigate({question: e.target.value})},
    questions.map((q) => h('option', {value: q.id, selected: q.id === questionId, text: `${q.id}: ${localized(q.text)}`})));
  const bySelect = h('select', {id: 'r-by', onchange: (e) => navigate({by: e.target.value})},
    BY.map((b) => h('option', {value: b, selected: b === by, text: t(`by.${b || 'none'}`)})));
  main.append(h('form', {class: 'row', onsubmit: (e) => e.preventDefault()},
    field(t('report.version'), versionSelect), field(t('report.question'), questionSelect), field(t('report.by'), bySelect)));

  const question = questions.find((q) => q.id === questionId);
  const base = `/api/reports/versions/${versionId}`;
  const byQuery = by ? `?by=${by}` : '';
  main.append(await section('answers', t('report.answers'), async () => distribution(
    await get(`${base}/questions/${encodeURIComponent(questionId)}/distribution${byQuery}`), question, by)));
  main.append(await section('weighted', t('report.weightedAnswers'), async () => weightedView(
    await get(`${base}/questions/${encodeURIComponent(questionId)}/distribution/weighted`), question)));
  main.append(await section('crosstab', t('crosstab.title'), () => crossTabSection(base, questions, question, against, navigate)));
  main.append(await section('rounds', t('rounds.title'), async () => roundsSection(versions, versionId, question, by)));
  main.append(await section('indicators', t('report.indicators'), () => indicatorsSection(base, questions, question, go)));
  main.append(await section('response', t('report.response'), async () => figuresView(await get(`${base}/response${byQuery}`))));
  main.append(await section('pre-notices', t('pn.title'), () => preNoticesView(base, by)));
  main.append(await section('quality', t('report.quality'), async () => figuresView(await get(`${base}/quality${byQuery}`))));
  main.append(await section('weights', t('report.representativeness'), async () => h('div', {},
    figuresView(await get(`${base}/weights?questionId=${encodeURIComponent(questionId)}`)),
    session.user.roles.includes('ANALYST') ? populationForm(() => go(window.location.hash)) : '')));
  main.append(h('section', {'aria-labelledby': 'downloads-heading'}, h('h2', {id: 'downloads-heading', text: t('report.downloads')}),
    h('ul', {}, h('li', {}, h('a', {id: 'export-csv', href: `${base}/export.csv`, download: `kuuleva-${versionId}.csv`, text: t('report.csv')})),
      h('li', {}, h('a', {id: 'export-json', href: `${base}/export.json`, download: `kuuleva-${versionId}.json`, text: t('report.json')})),
      ['fi', 'sv', 'en'].map((l) => h('li', {}, h('a', {id: `report-pdf-${l}`, href: `${base}/report.pdf?lang=${l}`,
        download: `kuuleva-${versionId}-${l}.pdf`, text: t('report.pdf', {language: t(`lang.${l}`)})}), ' ',
        h('a', {id: `report-html-${l}`, href: `${base}/report.html?lang=${l}`, target: '_blank', rel: 'noopener',
          text: t('report.html')}))))));
}

/** A titled section whose body comes from the service; a failure is shown inside it, the others still render. */
async function section(id, title, body) {
  const el = h('section', {id: `report-${id}`, 'aria-labelledby': `${id}-heading`}, h('h2', {id: `${id}-heading`, text: title}));
  try {
    el.append(await body());
  } catch (error) {
    el.append(h('p', {class: 'error', text: t('report.unavailable')}));
    if (error.status !== 404) showError(error);
  }
  return el;
}

function distribution(result, question, by) {
  const labels = new Map((question?.options || []).map((o) => [String(o.value), localized(o.label)]));
  const labelOf = (value) => labels.get(String(value)) || String(value);
  const groupName = (g) => (by === 'language' ? t(`lang.${g}`) : g);
  const charts = [];
  if (result.total) charts.push(barChart(t('report.total'), {...result.total, group: 'total'}, labelOf));
  (result.groups || []).forEach((g) => charts.push(barChart(groupName(g.group), g, labelOf)));
  return h('div', {}, h('p', {text: localized(question?.text)}), h('div', {class: 'charts'}, charts));
}
