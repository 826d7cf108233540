// Machine-checkable WCAG 2.1 AA rules on the current page; returns a list of problems (empty when none).
const problems = [];
const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
const textOf = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((e) => e.textContent.trim()).join(' ').trim();
const name = (el) => (el.getAttribute('aria-label') || '').trim()
  || (el.getAttribute('aria-labelledby') ? textOf(el.getAttribute('aria-labelledby')) : '')
  || (el.labels ? [...el.labels].map((l) => l.textContent.trim()).join(' ').trim() : '')
  || (el.getAttribute('title') || '').trim();

const lang = document.documentElement.getAttribute('lang');
if (!lang || !/^(fi|sv|en)$/.test(lang)) problems.push('html lang is "' + lang + '"');
if (!document.title.trim()) problems.push('the page has no title');
if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one main landmark');
if (!document.querySelector('header[role=banner], header')) problems.push('no banner landmark');
if (document.querySelectorAll('main h1').length !== 1) problems.push('not exactly one h1 in main');
if (!document.querySelector('[aria-live], [role=status], [role=alert]')) problems.push('no live region');
const ids = new Map();
document.querySelectorAll('[id]').forEach((el) => ids.set(el.id, (ids.get(el.id) || 0) + 1));
ids.forEach((count, id) => { if (count > 1) problems.push('duplicate id ' + id); });

document.querySelectorAll('input, select, textarea').forEach((el) => {
  if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') return;
  if (!name(el)) problems.push('no label: ' + describe(el));
});
document.querySelectorAll('button, a[href], [role=button]').forEach((el) => {
  if (shown(el) && !name(el) && !el.textContent.trim()) problems.push('no accessible name: ' + describe(el));
});
document.querySelectorAll('img').forEach((el) => { if (!el.hasAttribute('alt')) problems.push('img without alt: ' + describe(el)); });
document.querySelectorAll('svg').forEach((el) => {
  if (el.getAttribute('aria-hidden') === 'true' || el.closest('[aria-hidden=true]')) return;
  if (!name(el)) problems.push('svg without a name: ' + describe(el));
});
document.querySelectorAll('audio, video').forEach((el) => { if (!name(el)) problems.push('media without a name: ' + describe(el)); });
document.querySelectorAll('table').forEach((el) => { if (!el.querySelector('th')) problems.push('table without headers: ' + describe(el)); });

// Text contrast: 4.5:1, or 3:1 for large text; disabled controls are exempt (WCAG 1.4.3).
const rgba = (value) => (value.match(/[\d.]+/g) || ['0', '0', '0', '0']).map(Number);
const luminance = ([r, g, b]) => {
  const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
const background = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c.length < 4 || c[3] > 0.5) return c;
  }
  return [255, 255, 255, 1];
};
const checked = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  const el = node.parentElement;
  if (!node.textContent.trim() || !el || checked.has(el) || !shown(el) || el.closest('[disabled], option, .visually-hidden')) continue;
  checked.add(el);
  const style = getComputedStyle(el);
  const svgText = el instanceof SVGElement;
  const fg = rgba(svgText ? style.fill : style.color);
  const bg = background(svgText ? el.closest('figure') || el : el);
  const l1 = luminance(fg);
  const l2 = luminance(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  if (ratio < (large ? 3 : 4.5)) problems.push('contrast ' + ratio.toFixed(2) + ':1 for "' + node.textContent.trim().slice(0, 30) + '" in ' + describe(el));
}
return problems;
