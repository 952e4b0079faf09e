/**
 * The formula editor: an expression over variables A–E, each variable a metric over its own source.
 * Each variable keeps its letter when another is removed (the expression refers to letters), and its
 * controls are addressed like the config: `metric.variables.<i>.source.jql`, `metric.variables.<i>.metric.type`.
 */
import { LIMITS } from '../../functions/config/limits';
import { VARIABLE_NAMES } from '../../functions/config/vocabulary';
import { newVariable, type VariableValues } from './codec';
import { errorSlot, field, h, idFor, setVal, val } from './dom';
import { metricControls, metricValuesAt, setMetricValues } from './metric';
import { setSourceValues, sourceGroup, sourceValuesAt } from './pickers';
import { t } from './translate';

/** What the formula editor needs from the form around it. */
interface FormulaHost {
  /** Loads the pickers of the source chooser at `p`. */
  wirePicker(p: string): void;
  /** Loads the field list of the picker at `path`. */
  loadFields(path: string): void;
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
    this.addBtn = h('button', { type: 'button', class: 'subtle', id: 'add-variable' }, t('formula.add'));
    this.caret = h('pre', { class: 'caret', 'aria-hidden': 'true', hidden: true });
    const expr = h('input', {
      type: 'text',
      maxlength: LIMITS.formula,
      spellcheck: false,
      autocomplete: 'off',
      placeholder: 'A / B * 100',
      class: 'mono',
    });
    this.el = h(
      'div',
      { class: 'formula' },
      field('metric.expression', t('formula.label'), expr, t('formula.hint')),
      this.caret,
      this.list,
      errorSlot('metric.variables'),
      this.addBtn,
    );
    this.addBtn.addEventListener('click', () => {
      const vars = this.values();
      const name = VARIABLE_NAMES.find((l) => !vars.some((v) => v.name === l));
      if (!name) return;
      // In letter order, so the list reads like the expression (A, B, C even when B was removed and added again).
      const at = vars.findIndex((v) => v.name > name);
      const i = at < 0 ? vars.length : at;
      vars.splice(i, 0, newVariable(name));
      this.fill(vars);
      this.host.changed();
      this.list.querySelector<HTMLElement>(`#${idFor(`metric.variables.${i}.source.jql`)}`)?.focus();
    });
  }

  /** The variables' controls, in the order shown. */
  values(): VariableValues[] {
    return this.names.map((name, i) => {
      const p = `metric.variables.${i}`;
      return { name, source: sourceValuesAt(this.el, `${p}.source`), metric: metricValuesAt(this.el, `${p}.metric`) };
    });
  }

  expression(): string {
    return val(this.el, 'metric.expression');
  }

  /** Rebuilds the variable blocks for `vars` (at least A) and puts the expression in. */
  fill(vars: readonly VariableValues[], expression?: string): void {
    const list = vars.length ? vars : [newVariable('A')];
    this.names = list.map((v) => v.name);
    this.list.replaceChildren(...this.names.map((name, i) => this.block(name, i)));
    list.forEach((v, i) => {
      const p = `metric.variables.${i}`;
      this.host.wirePicker(`${p}.source`);
      this.host.loadFields(`${p}.metric.fieldId`);
      setSourceValues(this.el, `${p}.source`, v.source);
      setMetricValues(this.el, `${p}.metric`, v.metric);
    });
    if (expression !== undefined) setVal(this.el, 'metric.expression', expression);
    this.addBtn.hidden = this.names.length >= VARIABLE_NAMES.length;
  }

  private block(name: string, i: number): HTMLElement {
    const p = `metric.variables.${i}`;
    const remove = h(
      'button',
      { type: 'button', class: 'subtle remove', 'aria-label': t('formula.remove', { name }), hidden: this.names.length <= 1 },
      t('rows.remove'),
    );
    remove.addEventListener('click', () => {
      const vars = this.values();
      vars.splice(i, 1);
      this.fill(vars);
      this.host.changed();
      this.addBtn.focus();
    });
    return h(
      'div',
      { class: 'variable', role: 'group', 'aria-labelledby': `var-${i}-title`, 'data-variable': name },
      h('span', { class: 'var-name', id: `var-${i}-title` }, t('formula.variable', { name })),
      remove,
      errorSlot(`${p}.name`),
      sourceGroup(`${p}.source`, t('formula.issuesFor', { name }), (v) => v.formula.variables[i]?.source),
      h('div', { class: 'var-metric' }, ...metricControls(`${p}.metric`, (v) => v.formula.variables[i]?.metric)),
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
