// The script textarea with a line-number gutter that marks the lines with problems (with a sign, not only colour).
import {h} from '../dom.js';
import {t} from '../i18n.js';

export function scriptArea(text, onInput) {
  const gutter = h('pre', {class: 'gutter', 'aria-hidden': 'true'});
  const textarea = h('textarea', {id: 'script', spellcheck: 'false', autocapitalize: 'off', wrap: 'off',
    'aria-describedby': 'problem-summary', value: text});
  let bad = new Set();

  function draw() {
    const count = textarea.value.split('\n').length;
    const lines = [];
    for (let line = 1; line <= count; line += 1) {
      lines.push(h('span', {class: bad.has(line) ? 'bad' : null, 'data-line': line,
        text: `${bad.has(line) ? '⚠ ' : ''}${line}\n`}));
    }
    gutter.replaceChildren(...lines);
    gutter.scrollTop = textarea.scrollTop;
  }

  textarea.addEventListener('input', () => {
    draw();
    onInput();
  });
  textarea.addEventListener('scroll', () => { gutter.scrollTop = textarea.scrollTop; });
  draw();
  return {
    textarea,
    element: h('div', {}, h('label', {for: 'script', text: t('editor.scriptLabel')}),
      h('div', {class: 'code'}, gutter, textarea)),
    mark(problems) {
      bad = new Set(problems.map((p) => p.line).filter(Boolean));
      textarea.setAttribute('aria-invalid', bad.size > 0 || problems.length > 0 ? 'true' : 'false');
      draw();
    },
    goToLine(line) {
      if (!line) return;
      const lines = textarea.value.split('\n');
      const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
      textarea.focus();
      textarea.setSelectionRange(start, start + (lines[line - 1] || '').length);
      const lineHeight = textarea.scrollHeight / Math.max(lines.length, 1);
      textarea.scrollTop = Math.max(0, (line - 5) * lineHeight);
    },
  };
}
