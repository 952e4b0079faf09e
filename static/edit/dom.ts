/** A few lines of DOM building for the edit form: elements, labelled fields with hint and error slots. */

import { text } from './codec-parts';

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates `<tag>` with attributes (false/undefined skipped, true → empty) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** DOM id for a config path, e.g. `source.jql` → `f-source-jql`. */
export function idFor(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/**
 * A labelled control: `<div class="field"><label/>control<p hint/><p error aria-live/></div>`, with the
 * control's `aria-describedby` pointing at both. The error slot is `[data-error-for=path]`.
 */
export function field(path: string, label: string, control: HTMLElement, hint?: string): HTMLDivElement {
  const id = idFor(path);
  control.id = id;
  control.dataset.path = path;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const err = h('p', { class: 'error', id: `${id}-error`, 'data-error-for': path, 'aria-live': 'polite' });
  control.setAttribute('aria-describedby', [hintEl?.id, err.id].filter(Boolean).join(' '));
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl, err);
}

/** `<select>` with `[value, label]` options. */
export function select(options: readonly (readonly [string, string])[], attrs: Attrs = {}): HTMLSelectElement {
  return h('select', attrs, ...options.map(([v, l]) => h('option', { value: v }, l)));
}

/** A fieldset with a legend. */
export function group(legend: string, ...children: Child[]): HTMLFieldSetElement {
  return h('fieldset', {}, h('legend', {}, legend), ...children);
}

/** The control of a config path inside `root` (ids come from {@link idFor}). */
export function ctl(root: ParentNode, path: string): HTMLInputElement | null {
  return root.querySelector<HTMLInputElement>(`#${idFor(path)}`);
}

/** The trimmed value of a config path's control ('' when absent). */
export function val(root: ParentNode, path: string): string {
  return ctl(root, path)?.value.trim() ?? '';
}

/** Sets a control's value; a select gains the value as an option when it lacks it. */
export function setVal(root: ParentNode, path: string, v: unknown): void {
  const c = ctl(root, path);
  if (!c) return;
  const s = text(v);
  if (c instanceof HTMLSelectElement && s && ![...c.options].some((o) => o.value === s)) c.append(h('option', { value: s }, s));
  if (c.type === 'checkbox') c.checked = v === true;
  else c.value = s;
}

/** A checkbox with its label; `id` is a config path (via {@link idFor}) or a plain id. */
export function checkbox(id: string, label: string, path?: string): HTMLDivElement {
  const input = h('input', { type: 'checkbox', id, 'data-path': path });
  return h('div', { class: 'check' }, input, h('label', { for: id }, label));
}

/** An error slot for `path` (announced politely). */
export function errorSlot(path: string): HTMLParagraphElement {
  return h('p', { class: 'error', id: `${idFor(path)}-error`, 'data-error-for': path, 'aria-live': 'polite' });
}

/** A text input of at most `max` characters. */
export function textInput(max: number, placeholder?: string, more: Attrs = {}): HTMLInputElement {
  return h('input', { type: 'text', maxlength: max, placeholder, ...more });
}

/** A number input (text, so that what the user typed reaches the resolver's message as it is). */
export function numberInput(): HTMLInputElement {
  return h('input', { type: 'text', inputmode: 'decimal', size: 8 });
}
