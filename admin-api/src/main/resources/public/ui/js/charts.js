// Answer distributions as inline SVG bars with their values written next to them; suppressed cells drawn hatched
// and labelled in words. The whole chart is also one sentence for screen readers.
import {h, s, uid} from './dom.js';
import {num, pct, t} from './i18n.js';

const LABEL_W = 170;
const BAR_W = 220;
const ROW_H = 26;

/** One group's bars: answers [{value, count, share} | {value, suppressed}], labels by value. */
export function barChart(caption, group, labelOf) {
  const figure = h('figure', {class: 'chart', 'data-group': group.group ?? 'total'});
  const captionText = group.suppressed ? `${caption} (${t('report.suppressedGroup')})`
    : `${caption} (n = ${num(group.n ?? 0)})`;
  figure.append(h('figcaption', {text: captionText}));
  if (group.suppressed) {
    figure.dataset.suppressed = 'true';
    figure.append(h('p', {class: 'suppressed-note', text: t('report.suppressedNote')}));
    return figure;
  }
  const answers = group.answers || [];
  const hatch = uid('hatch');
  const height = answers.length * ROW_H + 8;
  const summary = answers.map((a) => `${labelOf(a.value)}: ${a.suppressed ? t('report.suppressed')
    : `${num(a.count)} (${pct(a.share)})`}`).join('; ');
  const svg = s('svg', {width: LABEL_W + BAR_W + 110, height, viewBox: `0 0 ${LABEL_W + BAR_W + 110} ${height}`,
    role: 'img', 'aria-label': `${captionText}. ${summary}`},
    s('defs', {}, s('pattern', {id: hatch, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)'},
      s('rect', {width: 6, height: 6, fill: '#ffffff'}), s('line', {x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#4a4a4a', 'stroke-width': 3}))),
    answers.map((a, i) => {
      const y = i * ROW_H + 4;
      const label = s('text', {x: LABEL_W - 6, y: y + 16, 'text-anchor': 'end'}, truncate(labelOf(a.value)));
      if (a.suppressed) {
        return s('g', {class: 'answer suppressed', 'data-value': a.value}, label,
          s('rect', {class: 'bar suppressed', x: LABEL_W, y, width: 24, height: ROW_H - 6, fill: `url(#${hatch})`, stroke: '#4a4a4a'}),
          s('text', {x: LABEL_W + 30, y: y + 16}, t('report.suppressed')));
      }
      const w = Math.max(1, Math.round((a.share || 0) * BAR_W));
      return s('g', {class: 'answer', 'data-value': a.value}, label,
        s('rect', {class: 'bar', x: LABEL_W, y, width: w, height: ROW_H - 6}),
        s('text', {x: LABEL_W + w + 6, y: y + 16}, `${num(a.count)} (${pct(a.share)})`));
    }));
  figure.append(svg);
  return figure;
}

/** An estimate with its confidence interval on a 0-100 % scale, values also written out. */
export function intervalChart(label, estimate, low, high) {
  const x = (v) => LABEL_W + Math.round(Math.min(1, Math.max(0, v)) * BAR_W);
  const text = `${pct(estimate, 1)} (${pct(low, 1)}–${pct(high, 1)})`;
  return s('svg', {width: LABEL_W + BAR_W + 200, height: 30, role: 'img', 'aria-label': `${label}: ${text}`},
    s('text', {x: LABEL_W - 6, y: 19, 'text-anchor': 'end'}, truncate(label)),
    s('line', {x1: LABEL_W, y1: 15, x2: LABEL_W + BAR_W, y2: 15, stroke: '#6b6b6b'}),
    s('line', {class: 'ci', x1: x(low), y1: 15, x2: x(high), y2: 15}),
    s('line', {class: 'ci', x1: x(low), y1: 8, x2: x(low), y2: 22}),
    s('line', {class: 'ci', x1: x(high), y1: 8, x2: x(high), y2: 22}),
    s('circle', {cx: x(estimate), cy: 15, r: 5, fill: '#0b4f8a'}),
    s('text', {x: LABEL_W + BAR_W + 8, y: 19}, text));
}

function truncate(text) {
  const value = String(text ?? '');
  return value.length > 24 ? `${value.slice(0, 23)}…` : value;
}
