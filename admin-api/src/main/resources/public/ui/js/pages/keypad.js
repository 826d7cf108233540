// A phone keypad of real buttons (0-9, *, #); also answers to the keyboard's digits while it has focus.
// Single-key answers are sent at once; longer ones when # is pressed or the answer is long enough.
import {h} from '../dom.js';
import {t} from '../i18n.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

export function keypad(sendKeys, awaiting) {
  let typed = '';
  const shown = h('output', {id: 'sim-typed', 'aria-live': 'polite'});
  const buttons = KEYS.map((key) => h('button', {type: 'button', class: 'key', 'data-key': key,
    'aria-label': t('sim.key', {key: key === '*' ? t('sim.star') : key === '#' ? t('sim.hash') : key}),
    text: key, onclick: () => press(key)}));
  const group = h('div', {class: 'keypad', role: 'group', 'aria-label': t('sim.keypad'), id: 'keypad'}, buttons);
  group.addEventListener('keydown', (event) => {
    if (KEYS.includes(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      press(event.key);
    }
  });

  function press(key) {
    if (buttons[0].disabled) return;
    const wanted = awaiting();
    const max = wanted && wanted.kind === 'keys' ? wanted.maxDigits || 1 : 1;
    typed += key;
    if (max <= 1 || key === '#' || typed.length >= max) {
      const keys = typed;
      typed = '';
      shown.textContent = '';
      sendKeys(keys);
    } else {
      shown.textContent = typed;
    }
  }

  return {
    element: h('div', {}, group, h('p', {}, h('span', {text: `${t('sim.typed')}: `}), shown)),
    setEnabled(enabled) {
      buttons.forEach((button) => { button.disabled = !enabled; });
    },
  };
}
