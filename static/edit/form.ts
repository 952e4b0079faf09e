/**
 * The gadget settings form: puts its parts together (layout*.ts), reads its controls into a draft
 * configuration and fills them from one through the codec (codec.ts), and places the resolver's field
 * errors (errors.ts), addressed by the same dotted paths the `validateConfig` resolver uses.
 */
import type { FieldError, GadgetConfig } from '../../functions/config/types';
import { fromValues, toValues, type Draft, type FormValues, type MappingValues, type StepValues } from './codec';
import { ctl, h, idFor, setVal, val } from './dom';
import { ErrorPlacement } from './errors';
import { FormulaEditor } from './formula';
import { expectedPart, gadgetFieldset, issuesParts, numberFieldset, presetSection, scaleFieldset, trendPart } from './layout';
import { comparisonPart, coloursFieldset, formatFieldset, MAPPING_ROWS, refreshFieldset, STEP_ROWS, wordsFieldset } from './layout-display';
import { metricValuesAt, setMetricValues } from './metric';
import { Pickers, setSourceValues, sourceValuesAt, type OptionLoader } from './pickers';
import { RowList } from './rows';
import { swatches, swatchValue } from './swatches';
import { updateVisibility } from './visibility';
import { refreshWords } from './options';
import type { FormPreset } from './presets';
import { t } from './translate';

export type { Draft } from './codec';

/** Whether a draft holds settings a preset would throw away (a blank new gadget has none). */
function hasSettings(d: Draft): boolean {
  const source = d.source as { jql?: string } | undefined;
  return !!(d.title || d.label || (source && (source.jql === undefined || source.jql.trim())) || d.thresholds || d.trend || d.compare);
}
export type { OptionKind, OptionLoader } from './pickers';

export class SettingsForm {
  readonly el: HTMLFormElement;
  private readonly steps: RowList<StepValues>;
  private readonly mappings: RowList<MappingValues>;
  private readonly formula: FormulaEditor;
  private readonly pickers: Pickers;
  private readonly errors: ErrorPlacement;
  /** The configuration last filled in: its version, and settings this form does not edit, are kept. */
  private loaded: Draft = {};

  constructor(
    /** The gadget's kind: Jira's module decides it, the form never changes it. */
    private readonly kind: GadgetConfig['kind'],
    load: OptionLoader,
    private readonly onChange: () => void,
    private readonly today: () => Date = () => new Date(),
  ) {
    this.el = h('form', { novalidate: true, 'aria-label': t('page.form') });
    const undoLine = h('p', { class: 'undo', id: 'preset-undo', role: 'status' });
    this.errors = new ErrorPlacement(this.el, (path, message) => {
      if (path === 'metric.expression') this.formula.showCaret(message);
    });
    this.pickers = new Pickers(
      this.el,
      load,
      (path, message) => this.setError(path, message),
      () => this.titleHint(),
    );
    this.steps = new RowList('steps', STEP_ROWS, () => this.changed());
    this.mappings = new RowList('mappings', MAPPING_ROWS, () => this.changed());
    this.formula = new FormulaEditor({
      wirePicker: (p) => this.pickers.wire(p),
      loadFields: (path) => void this.pickers.fill(path, 'fieldOptions'),
      changed: () => this.changed(),
    });
    this.el.append(
      this.errors.summary,
      presetSection(kind, (preset) => this.applyPreset(preset), undoLine),
      gadgetFieldset(kind),
      ...issuesParts(),
      numberFieldset(this.formula.el),
      trendPart(),
      expectedPart(),
      scaleFieldset(),
      coloursFieldset(this.steps),
      wordsFieldset(this.mappings),
      formatFieldset(),
      comparisonPart(),
      refreshFieldset(),
    );
    this.el.addEventListener('input', () => this.changed());
    this.el.addEventListener('change', () => this.changed());
    this.el.addEventListener('submit', (e) => e.preventDefault());
    this.pickers.wire('source');
    this.pickers.wire('compare.source');
    void this.pickers.fill('metric.fieldId', 'fieldOptions');
    void this.pickers.fill('expected.projectKey', 'projectOptions');
    this.control('expected.projectKey').addEventListener('change', () => {
      void this.pickers.fill('expected.versionId', 'versionOptions', val(this.el, 'expected.projectKey'));
    });
    this.formula.fill([]);
    this.updateVisibility();
  }

  /** The configuration the form currently describes. Blank optional fields are left out. */
  read(): Draft {
    return fromValues(this.values(), this.loaded);
  }

  /** Puts `config` (already validated, a fresh default, or a stored one shown as it is) into the controls. */
  fill(config: Draft): void {
    this.loaded = structuredClone(config);
    this.show(toValues(config));
  }

  /**
   * Fills the form with a preset. When it replaces settings (anything but a blank new gadget), the
   * line under the presets says so and offers Undo, which puts the previous settings back.
   */
  applyPreset(preset: FormPreset): void {
    const before = this.read();
    const line = this.el.querySelector<HTMLElement>('#preset-undo')!;
    this.fill(preset.config(this.today()));
    line.replaceChildren();
    if (hasSettings(before)) {
      const undo = h('button', { type: 'button', class: 'subtle', id: 'preset-undo-button' }, t('presets.undo'));
      undo.addEventListener('click', () => {
        this.fill(before);
        line.replaceChildren(t('presets.undone'));
        this.changed();
      });
      line.append(t('presets.applied', { name: t(preset.name) }), ' ', undo);
    }
    this.changed();
  }

  /** Shows only the parts that apply (see visibility.ts). */
  updateVisibility(): void {
    updateVisibility(this.el, this.values());
  }

  /** Writes one field's message ('' clears it) and marks its control invalid. */
  setError(path: string, message: string): void {
    this.errors.set(path, message);
  }

  /**
   * Shows validation errors next to their fields (or the nearest enclosing slot); messages without a
   * visible slot go to the summary. `keep` paths (e.g. Jira's own JQL messages) are left alone.
   */
  showErrors(errors: readonly FieldError[], keep: ReadonlySet<string> = new Set()): void {
    this.errors.show(errors, keep);
  }

  /** Moves focus to the first field with an error; returns false when there is none. */
  focusFirstError(): boolean {
    return this.errors.focusFirst();
  }

  private changed(): void {
    this.updateVisibility();
    this.titleHint();
    this.onChange();
  }

  /** An empty title shows what the gadget will show: a saved filter's name (functions/present.ts), else an example. */
  private titleHint(): void {
    const filter = val(this.el, 'source.type') === 'filter' ? this.pickers.chosenFilter('source') : undefined;
    this.control('title').placeholder = filter?.label ?? t('gadget.titlePlaceholder');
  }

  private control(path: string): HTMLInputElement {
    return ctl(this.el, path)!;
  }

  private checked(id: string): boolean {
    return !!this.el.querySelector<HTMLInputElement>(`#${id}`)?.checked;
  }

  private check(id: string, on: boolean): void {
    this.el.querySelector<HTMLInputElement>(`#${id}`)!.checked = on;
  }

  /** Every control's value. */
  private values(): FormValues {
    const v = (path: string) => val(this.el, path);
    return {
      kind: v('kind'),
      title: v('title'),
      label: v('label'),
      source: sourceValuesAt(this.el, 'source'),
      metric: metricValuesAt(this.el, 'metric'),
      formula: { expression: this.formula.expression(), variables: this.formula.values() },
      min: v('min'),
      max: v('max'),
      target: v('target'),
      thresholds: {
        on: this.checked('use-thresholds'),
        mode: v('thresholds.mode'),
        base: swatchValue(this.el, 'thresholds.base') ?? '',
        baseLabel: v('thresholds.baseLabel'),
        steps: this.steps.values(),
      },
      higherIsBetter: v('higherIsBetter'),
      palette: v('palette'),
      mappings: this.mappings.values(),
      noValueText: v('noValueText'),
      format: {
        style: v('format.style'),
        decimals: v('format.decimals'),
        prefix: v('format.prefix'),
        suffix: v('format.suffix'),
        unit: v('format.unit'),
        currency: v('format.currency'),
      },
      compare: {
        on: this.checked('use-compare'),
        source: sourceValuesAt(this.el, 'compare.source'),
        label: v('compare.label'),
        mode: v('compare.mode'),
        decimals: v('compare.decimals'),
      },
      trend: { on: this.checked('use-trend'), series: v('trend.series'), interval: v('trend.interval'), points: v('trend.points') },
      expected: {
        mode: v('expected.mode'),
        start: v('expected.start'),
        end: v('expected.end'),
        versionId: v('expected.versionId'),
        sprint: v('expected.sprint'),
      },
      refresh: v('refresh'),
    };
  }

  /** Puts every value into its control. */
  private show(values: FormValues): void {
    const set = (path: string, value: string) => setVal(this.el, path, value);
    set('kind', this.kind);
    set('title', values.title);
    set('label', values.label);
    setSourceValues(this.el, 'source', values.source);
    setMetricValues(this.el, 'metric', values.metric);
    this.formula.fill(values.formula.variables, values.formula.expression);
    set('min', values.min);
    set('max', values.max);
    set('target', values.target);
    const th = values.thresholds;
    this.check('use-thresholds', th.on);
    set('thresholds.mode', th.mode);
    set('thresholds.baseLabel', th.baseLabel);
    this.el.querySelector(`#${idFor('thresholds.base')}`)!.replaceWith(swatches('thresholds.base', 'base-label', th.base));
    this.steps.set(th.steps);
    set('higherIsBetter', values.higherIsBetter);
    set('palette', values.palette);
    this.mappings.set(values.mappings);
    set('noValueText', values.noValueText);
    for (const [key, value] of Object.entries(values.format)) set(`format.${key}`, value);
    this.check('use-compare', values.compare.on);
    setSourceValues(this.el, 'compare.source', values.compare.source);
    set('compare.label', values.compare.label);
    set('compare.mode', values.compare.mode);
    set('compare.decimals', values.compare.decimals);
    this.check('use-trend', values.trend.on);
    set('trend.series', values.trend.series);
    set('trend.interval', values.trend.interval);
    set('trend.points', values.trend.points);
    const expected = values.expected;
    set('expected.mode', expected.mode);
    set('expected.start', expected.start);
    set('expected.end', expected.end);
    set('expected.versionId', expected.versionId);
    set('expected.sprint', expected.sprint);
    const sprint = (this.control('expected.sprint') as unknown as HTMLSelectElement).selectedOptions[0];
    if (sprint && sprint.value !== 'active' && sprint.textContent === sprint.value) {
      sprint.textContent = t('expected.sprintUnlisted', { id: sprint.value }); // until the list names it
    }
    // A saved version's list is loaded once its project is chosen; until then it shows by its id.
    const chosen = (this.control('expected.versionId') as unknown as HTMLSelectElement).selectedOptions[0];
    if (expected.versionId && chosen?.textContent === expected.versionId) {
      chosen.textContent = t('expected.versionUnlisted', { id: expected.versionId });
    }
    const sel = this.control('refresh') as unknown as HTMLSelectElement;
    if (![...sel.options].some((o) => o.value === values.refresh)) {
      sel.append(h('option', { value: values.refresh }, refreshWords(Number(values.refresh))));
    }
    sel.value = values.refresh;
    this.pickers.showFilter('source');
    this.pickers.showFilter('compare.source');
    this.updateVisibility();
  }
}
