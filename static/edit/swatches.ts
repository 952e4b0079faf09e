/** Colour swatches: a radio group of the palette's colours (and a loaded custom #rrggbb), as a picker. */
import { h, idFor } from './dom';
import { COLOR_WORDS } from './options';
import { t } from './translate';

/** The swatches for the colour at `path`, labelled by the element `labelledBy`, with `value` checked. */
export function swatches(path: string, labelledBy: string, value: string): HTMLDivElement {
  const name = idFor(path);
  const options: string[] = Object.keys(COLOR_WORDS);
  if (/^#[0-9a-f]{6}$/i.test(value)) options.push(value);
  return h(
    'div',
    { role: 'radiogroup', class: 'swatches', 'aria-labelledby': labelledBy, 'data-path': path, id: name },
    ...options.map((v) => {
      const chip = h('span', { class: `chip c-${v.startsWith('#') ? 'custom' : v}`, 'aria-hidden': 'true' });
      if (v.startsWith('#')) chip.style.backgroundColor = v; // CSSOM, allowed by the CSP (no style attribute)
      const label = Object.hasOwn(COLOR_WORDS, v) ? t(COLOR_WORDS[v as keyof typeof COLOR_WORDS]) : v;
      const radio = h('input', { type: 'radio', name, value: v, checked: v === value });
      return h('label', { class: 'swatch', title: label }, radio, chip, h('span', { class: 'sr' }, label));
    }),
  );
}

/** The checked colour of the swatches at `path`, if any. */
export function swatchValue(root: ParentNode, path: string): string | undefined {
  return root.querySelector<HTMLInputElement>(`#${idFor(path)} input:checked`)?.value;
}
