/**
 * The formula editor: an expression over variables A–E, each variable a metric over its own source.
 * Each variable keeps its letter when another is removed (the expression refers to letters), and its
 * controls are addressed like the config: `metric.variables.<i>.source.jql`, `metric.variables.<i>.metric.type`.
 */
import { errorSlot, field, h, idFor, setVal, val } from './dom';
import { fillMetricAt, metricControls, readMetricAt } from './metric';

type Obj = Record<string, unknown>;
const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

/** What the formula editor needs from the form around it. */
export interface FormulaHost {
  sourceGroup(p: string, legend: string): HTMLElement;
  wirePicker(p: string): void;
  loadFields(path: string): void;
  readSource(p: string): Obj;
  fillSource(p: string, s: Obj | undefined): void;
  changed(): void;
}

export class FormulaEditor {
  readonly el: HTMLDivElement;
  private readonly list: HTMLDivElement;
  private readonly addBtn: HTMLButtonElement;
  private readonly caret: HTMLPreElement;
  private names: string[] = [];

  constructor(private readonly host: FormulaHost) {
    this.list = h('div', { class: 'variables' });
    this.addBtn = h('button', { type: 'button', class: 'subtle', id: 'add-variable' }, '+ Add variable');
    this.caret = h('pre', { class: 'caret', 'aria-hidden': 'true', hidden: true });
    const expr = h('input', { type: 'text', maxlength: 200, spellcheck: false, autocomplete: 'off', placeholder: 'A / B * 100', class: 'mono' });
    this.el = h(
      'div',
      { class: 'formula' },
      field('metric.expression', 'Formula', expr, 'Use the variables below with + − * / and parentheses, e.g. A − B or A / B * 100.'),
      this.caret,
      this.list,
      errorSlot('metric.variables'),
      this.addBtn,
    );
    this.addBtn.addEventListener('click', () => {
      const vars = this.read();
      const name = LETTERS.find((l) => !vars.some((v) => v.name === l));
      if (!name) return;
      // In letter order, so the list reads like the expression (A, B, C even when B was removed and added again).
      const at = vars.findIndex((v) => String(v.name) > name);
      const i = at < 0 ? vars.length : at;
      vars.splice(i, 0, { name, source: { type: 'jql', jql: '' }, metric: { type: 'count' } });
      this.fill(vars);
      this.host.changed();
      (this.list.querySelector<HTMLElement>(`#${idFor(`metric.variables.${i}.source.jql`)}`))?.focus();
    });
  }

  /** The variables as the config writes them, in the order shown. */
  read(): Obj[] {
    return this.names.map((name, i) => {
      const p = `metric.variables.${i}`;
      return { name, source: this.host.readSource(`${p}.source`), metric: readMetricAt(this.el, `${p}.metric`, false) ?? { type: 'count' } };
    });
  }

  expression(): string {
    return val(this.el, 'metric.expression');
  }

  /** Rebuilds the variable blocks for `vars` (at least A) and puts the expression in. */
  fill(vars: Obj[], expression?: string): void {
    const list = vars.length ? vars : [{ name: 'A', source: { type: 'jql', jql: '' }, metric: { type: 'count' } }];
    this.names = list.map((v, i) => (typeof v.name === 'string' ? v.name : (LETTERS[i] ?? 'A')));
    this.list.replaceChildren(...this.names.map((name, i) => this.block(name, i)));
    list.forEach((v, i) => {
      const p = `metric.variables.${i}`;
      this.host.wirePicker(`${p}.source`);
      this.host.loadFields(`${p}.metric.fieldId`);
      this.host.fillSource(`${p}.source`, v.source as Obj | undefined);
      fillMetricAt(this.el, `${p}.metric`, v.metric as Obj | undefined);
    });
    if (expression !== undefined) setVal(this.el, 'metric.expression', expression);
    this.addBtn.hidden = this.names.length >= LETTERS.length;
  }

  private block(name: string, i: number): HTMLElement {
    const p = `metric.variables.${i}`;
    const remove = h('button', { type: 'button', class: 'subtle remove', 'aria-label': `Remove variable ${name}`, hidden: this.names.length <= 1 }, 'Remove');
    remove.addEventListener('click', () => {
      const vars = this.read();
      vars.splice(i, 1);
      this.fill(vars);
      this.host.changed();
      this.addBtn.focus();
    });
    return h(
      'div',
      { class: 'variable', role: 'group', 'aria-labelledby': `var-${i}-title`, 'data-variable': name },
      h('span', { class: 'var-name', id: `var-${i}-title` }, `Variable ${name}`),
      remove,
      errorSlot(`${p}.name`),
      this.host.sourceGroup(`${p}.source`, `Issues for ${name}`),
      h('div', { class: 'var-metric' }, ...metricControls(`${p}.metric`)),
    );
  }

  /**
   * Points at the position of an expression error ("Unexpected ')' at 7") under the expression, so
   * the mistake is visible and not only described; '' hides the pointer.
   */
  showCaret(message: string): void {
    const at = /\bat (\d+)\b/.exec(message);
    const text = this.expression();
    if (!message || !at || !text) {
      this.caret.hidden = true;
      return;
    }
    const pos = Math.min(Number(at[1]) - 1, text.length);
    this.caret.textContent = `${text}\n${' '.repeat(Math.max(0, pos))}^`;
    this.caret.hidden = false;
  }
}
