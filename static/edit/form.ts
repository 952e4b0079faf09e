/**
 * The gadget settings form: builds the controls, reads them into a draft configuration and fills them
 * from one. Field errors are addressed by the same dotted paths the `validateConfig` resolver uses.
 */
import type { FieldError } from '../../functions/config/types';
import type { Option } from '../../functions/contract';
import { checkbox, ctl, errorSlot, field, group, h, idFor, numberOrText, select, setVal, val } from './dom';
import { FormulaEditor } from './formula';
import { choiceOf, fillMetricAt, metricControls, readMetricAt } from './metric';
import { PRESETS } from './presets';

/** A configuration as the form reads and writes it (validated by the resolver, not here). */
export type Draft = Record<string, unknown>;
type Obj = Record<string, unknown>;

export const PALETTE = [
  ['green', 'Green'],
  ['amber', 'Amber'],
  ['red', 'Red'],
  ['blue', 'Blue'],
  ['purple', 'Purple'],
  ['teal', 'Teal'],
  ['grey', 'Grey'],
] as const;

const KINDS = [['gauge', 'Gauge'], ['counter', 'Counter'], ['progress', 'Progress bar']] as const;
const SOURCE_TYPES = [['jql', 'JQL query'], ['filter', 'Saved filter'], ['project', 'Project']] as const;
const PRESETS_OF_PROJECT = [
  ['all', 'All issues'],
  ['open', 'Open issues (not done)'],
  ['open-bugs', 'Open bugs'],
  ['created-7d', 'Created in the last 7 days'],
  ['resolved-7d', 'Resolved in the last 7 days'],
] as const;
/** The settings this form edits; any other setting of a loaded configuration is kept as it is. */
const MANAGED = ['version', 'kind', 'title', 'label', 'source', 'metric', 'min', 'max', 'target', 'thresholds', 'higherIsBetter', 'format', 'compare', 'refresh', 'trend', 'expected', 'mappings', 'noValueText', 'palette'];
/** The configuration version this form writes; a loaded newer one keeps its own (the resolver explains). */
const NEW_VERSION = 2;
const STYLES = [
  ['', 'Automatic'],
  ['number', 'Number (1,234.5)'],
  ['compact', 'Compact (1.2k)'],
  ['percent', 'Percent (42%)'],
  ['duration', 'Duration (5w 1d, from seconds)'],
  ['days', 'Days (12.5 d, from seconds)'],
  ['currency', 'Currency ($1,234.50)'],
] as const;
const DECIMALS = [['', 'Auto'], ['0', '0'], ['1', '1'], ['2', '2'], ['3', '3']] as const;
const SERIES = [['created', 'Issues created'], ['resolved', 'Issues resolved'], ['open', 'Issues open at the end of each period'], ['matching', 'This number, over time']] as const;
const INTERVALS = [['day', 'Day'], ['week', 'Week'], ['month', 'Month']] as const;
const POINTS = Array.from({ length: 11 }, (_, i) => [String(i + 2), String(i + 2)] as const);
const EXPECTED = [['', 'Off'], ['dates', 'Between two dates'], ['version', 'A Jira version’s start and release dates']] as const;
const COMPARE_MODES = [['both', 'Change and percent (+4, +12%)'], ['absolute', 'Change only (+4)'], ['percent', 'Percent only (+12%)']] as const;
const REFRESH = [['0', 'Off'], ['5', 'Every 5 minutes'], ['15', 'Every 15 minutes'], ['30', 'Every 30 minutes'], ['60', 'Every hour'], ['240', 'Every 4 hours'], ['1440', 'Once a day']] as const;

/** Loads picker options; `query` filters by name. */
export type OptionKind = 'fieldOptions' | 'projectOptions' | 'filterOptions' | 'versionOptions';
export type OptionLoader = (kind: OptionKind, query?: string) => Promise<Option[] | string>;

interface Step {
  from: string;
  color: string;
  label: string;
}

interface Mapping {
  value: string;
  text: string;
}

export class SettingsForm {
  readonly el: HTMLFormElement;
  private readonly steps: HTMLDivElement;
  private readonly stepsState: Step[] = [];
  private readonly maps: HTMLDivElement;
  private readonly mapsState: Mapping[] = [];
  private readonly summary: HTMLDivElement;
  private readonly formula: FormulaEditor;
  /** The configuration last filled in: its version, and settings this form does not edit, are kept. */
  private loaded: Obj = {};

  constructor(private readonly load: OptionLoader, private readonly onChange: () => void, private readonly today: () => Date = () => new Date()) {
    this.summary = h('div', { class: 'summary', id: 'summary', role: 'alert', hidden: true });
    this.steps = h('div', { class: 'steps' });
    this.maps = h('div', { class: 'mappings' });
    this.formula = new FormulaEditor({
      sourceGroup: (p, legend) => this.sourceGroup(p, legend),
      wirePicker: (p) => this.wirePicker(p),
      loadFields: (path) => void this.fillOptions(path, 'fieldOptions'),
      readSource: (p) => this.readSource(p),
      fillSource: (p, s) => this.fillSource(p, s),
      changed: () => this.changed(),
    });
    this.el = h(
      'form',
      { novalidate: true, 'aria-label': 'Gadget settings' },
      this.summary,
      this.presetGroup(),
      group(
        'Gadget',
        field('kind', 'Type', select(KINDS)),
        field('title', 'Title', h('input', { type: 'text', maxlength: 200, placeholder: 'e.g. Open bugs' }), 'Shown at the top of the gadget.'),
        field('label', 'Label', h('input', { type: 'text', maxlength: 100, placeholder: 'e.g. bugs' }), 'Words under the number.'),
      ),
      this.sourceGroup('source', 'Issues'),
      h('p', { class: 'hint', 'data-show': 'metric.type=formula' }, 'A formula reads each variable’s own issues; these issues are used for the trend (leave the query empty to use variable A’s).'),
      group(
        'Number',
        ...metricControls('metric', [['formula', 'Formula over several queries (A–E)']], true),
        h('div', { 'data-show': 'metric.type=formula' }, this.formula.el),
      ),
      h(
        'div',
        { 'data-show': 'kind=counter|gauge' },
        group(
          'Trend',
          checkbox('use-trend', 'Show a trend line under the number'),
          h(
            'div',
            { 'data-show': 'use-trend' },
            h('div', { class: 'row' }, field('trend.series', 'Of', select(SERIES)), field('trend.interval', 'Per', select(INTERVALS)), field('trend.points', 'Points', select(POINTS))),
            h('p', { class: 'hint' }, 'Counted from Jira at each refresh for each period (the last one is the current period); nothing is stored.'),
            errorSlot('trend'),
          ),
        ),
      ),
      h(
        'div',
        { 'data-show': 'kind=progress' },
        group(
          'Expected progress',
          field('expected.mode', 'Compare the work done with the time elapsed', select(EXPECTED), 'Marks where the bar should be today and says whether the work is ahead or behind.'),
          h('div', { class: 'row', 'data-show': 'expected.mode=dates' }, field('expected.start', 'Start date', h('input', { type: 'date' })), field('expected.end', 'End date', h('input', { type: 'date' }))),
          h(
            'div',
            { class: 'row', 'data-show': 'expected.mode=version' },
            field('expected.projectKey', 'Project', select([['', 'Loading projects…']])),
            field('expected.versionId', 'Version', select([['', 'Choose a project first']]), 'Uses its start and release dates.'),
          ),
          errorSlot('expected'),
        ),
      ),
      group(
        'Scale',
        h(
          'div',
          { class: 'row' },
          h('div', { class: 'field-wrap', 'data-show': 'kind=gauge|progress' }, field('min', 'Minimum', num(), 'Where the scale starts (default 0).')),
          h('div', { class: 'field-wrap', 'data-show': 'kind=gauge|progress' }, field('max', 'Maximum', num(), 'Gauge end, or what fills a progress bar.')),
          field('target', 'Target', num(), 'Marked on the gauge; “of N” on a counter.'),
        ),
      ),
      group(
        'Colours',
        checkbox('use-thresholds', 'Colour the number by thresholds'),
        h(
          'div',
          { 'data-show': 'use-thresholds' },
          field('thresholds.mode', 'Steps are', select([['absolute', 'Values (e.g. 30 issues)'], ['percent', 'Percent of the target or scale']]), 'Percent: of the target on a counter, of minimum–maximum on a gauge or bar.'),
          h(
            'div',
            { class: 'base-step' },
            h('span', { class: 'label', id: 'base-label' }, 'Below the first step'),
            h('div', { class: 'row' }, field('thresholds.baseLabel', 'Name (optional)', h('input', { type: 'text', maxlength: 40, placeholder: 'e.g. ok' }))),
            h('div', { class: 'field' }, this.swatches('thresholds.base', 'base-label', 'green'), errorSlot('thresholds.base')),
          ),
          this.steps,
          errorSlot('thresholds.steps'),
          errorSlot('thresholds'),
          h('button', { type: 'button', class: 'subtle', id: 'add-step' }, '+ Add step'),
        ),
        h(
          'div',
          { class: 'row' },
          field('higherIsBetter', 'Direction', select([['true', 'Higher is better'], ['false', 'Lower is better']]), 'Colours the counter’s change: up is good or bad.'),
          field('palette', 'Colours', select([['default', 'Standard'], ['colorblind', 'Colour-blind safe']]), 'States also show an icon and words.'),
        ),
      ),
      group(
        'Words for values',
        this.maps,
        errorSlot('mappings'),
        h('button', { type: 'button', class: 'subtle', id: 'add-mapping' }, '+ Add value mapping'),
        field('noValueText', 'When there is no value', h('input', { type: 'text', maxlength: 40, placeholder: 'No data' }), 'Shown instead of “No data” (e.g. no issues, or a division by zero).'),
      ),
      group(
        'Number format',
        h(
          'div',
          { class: 'row' },
          field('format.style', 'Style', select(STYLES)),
          h('div', { class: 'field-wrap', 'data-show': 'format.style=currency' }, field('format.currency', 'Currency', h('input', { type: 'text', maxlength: 3, placeholder: 'USD', size: 4, autocomplete: 'off' }), 'ISO code: USD, EUR…')),
          field('format.decimals', 'Decimals', select(DECIMALS)),
        ),
        h(
          'div',
          { class: 'row' },
          field('format.prefix', 'Prefix', h('input', { type: 'text', maxlength: 10, placeholder: '~', size: 4 })),
          field('format.suffix', 'Suffix', h('input', { type: 'text', maxlength: 10, placeholder: '/wk', size: 4 }), 'Right after the number.'),
          field('format.unit', 'Unit', h('input', { type: 'text', maxlength: 20, placeholder: 'pts', size: 6 }), 'A word after a space.'),
        ),
      ),
      h(
        'div',
        { 'data-show': 'kind=counter' },
        group(
          'Comparison',
          h(
            'div',
            { 'data-show': 'metric.type!=formula' },
            checkbox('use-compare', 'Compare with a second set of issues (shows the change ▲/▼)'),
            h(
              'div',
              { 'data-show': 'use-compare' },
              this.sourceGroup('compare.source', 'Compare with'),
              field('compare.label', 'Comparison label', h('input', { type: 'text', maxlength: 60, placeholder: 'vs last week' })),
              h('div', { class: 'row' }, field('compare.mode', 'Show', select(COMPARE_MODES), 'Percent metrics change in percentage points (pp).'), field('compare.decimals', 'Decimals of the change', select(DECIMALS))),
              errorSlot('compare'),
            ),
          ),
          h('p', { class: 'hint', 'data-show': 'metric.type=formula' }, 'A formula has its own queries; write the comparison into it (e.g. A − B).'),
        ),
      ),
      group('Refresh', field('refresh', 'Auto-refresh', select(REFRESH), 'Jira reloads the gadget on the dashboard at this interval.')),
    );
    this.el.querySelector('#add-step')!.addEventListener('click', () => {
      this.syncSteps();
      const last = this.stepsState.at(-1);
      this.stepsState.push({ from: last ? String(Number(last.from || 0) + 10) : '50', color: last ? 'red' : 'amber', label: '' });
      this.renderSteps();
      this.changed();
      ctl(this.steps, `thresholds.steps.${this.stepsState.length - 1}.from`)?.focus();
    });
    this.el.querySelector('#add-mapping')!.addEventListener('click', () => {
      this.syncMaps();
      this.mapsState.push({ value: this.mapsState.length ? '' : '0', text: '' });
      this.renderMaps();
      this.changed();
      ctl(this.maps, `mappings.${this.mapsState.length - 1}.${this.mapsState.length > 1 ? 'value' : 'text'}`)?.focus();
    });
    this.el.addEventListener('input', () => this.changed());
    this.el.addEventListener('change', () => this.changed());
    this.el.addEventListener('submit', (e) => e.preventDefault());
    this.wirePicker('source');
    this.wirePicker('compare.source');
    void this.fillOptions('metric.fieldId', 'fieldOptions');
    void this.fillOptions('expected.projectKey', 'projectOptions');
    this.control('expected.projectKey').addEventListener('change', () => void this.fillOptions('expected.versionId', 'versionOptions', this.value('expected.projectKey')));
    this.formula.fill([]);
    this.updateVisibility();
  }

  private presetGroup(): HTMLElement {
    const buttons = PRESETS.map((p) => {
      const b = h('button', { type: 'button', class: 'preset', 'data-preset': p.id, 'aria-describedby': `preset-${p.id}` }, h('span', { class: 'preset-name' }, p.name), h('span', { class: 'preset-blurb', id: `preset-${p.id}` }, p.blurb));
      b.addEventListener('click', () => {
        this.fill(p.config(this.today()));
        this.changed();
      });
      return b;
    });
    return h('section', { class: 'presets', 'aria-labelledby': 'presets-title' }, h('h2', { id: 'presets-title' }, 'Start from a preset'), h('div', { class: 'preset-list' }, ...buttons));
  }

  private changed(): void {
    this.updateVisibility();
    this.onChange();
  }

  /** The source chooser for `source`, `compare.source` or a formula variable's source. */
  private sourceGroup(p: string, legend: string): HTMLFieldSetElement {
    return group(
      legend,
      field(`${p}.type`, 'From', select(SOURCE_TYPES)),
      h('div', { 'data-show': `${p}.type=jql` }, field(`${p}.jql`, 'JQL query', h('textarea', { rows: 2, spellcheck: false, placeholder: 'project = ABC AND type = Bug AND statusCategory != Done', 'data-jql': '' }), 'Checked against Jira as you type.')),
      h(
        'div',
        { 'data-show': `${p}.type=filter` },
        field(`${p}.filterQuery`, 'Search filters', h('input', { type: 'search', placeholder: 'Filter name' })),
        field(`${p}.filterId`, 'Saved filter', select([['', 'Loading filters…']])),
      ),
      h(
        'div',
        { 'data-show': `${p}.type=project` },
        field(`${p}.projectQuery`, 'Search projects', h('input', { type: 'search', placeholder: 'Project name or key' })),
        field(`${p}.projectKey`, 'Project', select([['', 'Loading projects…']])),
        field(`${p}.preset`, 'Which issues', select(PRESETS_OF_PROJECT)),
      ),
    );
  }

  private wirePicker(p: string): void {
    const search = (query: string, target: string, kind: 'projectOptions' | 'filterOptions') => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      this.control(query).addEventListener('input', (e) => {
        e.stopPropagation(); // searching is not a settings change
        clearTimeout(timer);
        timer = setTimeout(() => void this.fillOptions(target, kind, this.value(query)), 250);
      });
      this.control(query).addEventListener('change', (e) => e.stopPropagation());
      void this.fillOptions(target, kind);
    };
    search(`${p}.filterQuery`, `${p}.filterId`, 'filterOptions');
    search(`${p}.projectQuery`, `${p}.projectKey`, 'projectOptions');
  }

  /** Replaces a picker's options, keeping the current choice even if the list no longer has it. */
  async fillOptions(path: string, kind: OptionKind, query?: string): Promise<void> {
    const sel = this.control(path) as unknown as HTMLSelectElement | null;
    if (!sel) return;
    const result = kind === 'versionOptions' && !query ? [] : await this.load(kind, query);
    const keep = sel.value;
    const opts: [string, string][] = typeof result === 'string' ? [] : result.map((o) => [o.value, o.label]);
    if (keep && !opts.some(([v]) => v === keep)) opts.unshift([keep, `${keep} (not in the list)`]);
    const empty = typeof result === 'string' ? 'Could not load the list' : kind === 'versionOptions' && !query ? 'Choose a project first' : opts.length ? 'Choose…' : 'Nothing found';
    sel.replaceChildren(h('option', { value: '' }, empty), ...opts.map(([v, l]) => h('option', { value: v }, l)));
    sel.value = keep;
    this.setError(path, typeof result === 'string' ? result : '');
  }

  private swatches(path: string, labelledBy: string, value: string): HTMLDivElement {
    const name = idFor(path);
    const options: string[] = PALETTE.map(([v]) => v);
    if (/^#[0-9a-f]{6}$/i.test(value)) options.push(value);
    return h(
      'div',
      { role: 'radiogroup', class: 'swatches', 'aria-labelledby': labelledBy, 'data-path': path, id: name },
      ...options.map((v) => {
        const chip = h('span', { class: `chip c-${v.startsWith('#') ? 'custom' : v}`, 'aria-hidden': 'true' });
        if (v.startsWith('#')) chip.style.backgroundColor = v; // CSSOM, allowed by the CSP (no style attribute)
        const label = PALETTE.find(([k]) => k === v)?.[1] ?? v;
        return h('label', { class: 'swatch', title: label }, h('input', { type: 'radio', name, value: v, checked: v === value }), chip, h('span', { class: 'sr' }, label));
      }),
    );
  }

  private syncSteps(): void {
    this.stepsState.forEach((s, i) => {
      const p = `thresholds.steps.${i}`;
      s.from = this.value(`${p}.from`);
      s.label = this.value(`${p}.label`);
      s.color = this.swatchValue(`${p}.color`) ?? s.color;
    });
  }

  private renderSteps(): void {
    this.steps.replaceChildren(
      ...this.stepsState.map((s, i) => {
        const p = `thresholds.steps.${i}`;
        const remove = this.removeButton(`Remove step ${i + 1}`, () => {
          this.syncSteps();
          this.stepsState.splice(i, 1);
          this.renderSteps();
          return '#add-step';
        });
        const from = h('input', { type: 'text', inputmode: 'decimal', size: 6, value: s.from });
        const label = h('input', { type: 'text', maxlength: 40, placeholder: 'e.g. warning', value: s.label });
        return h(
          'div',
          { class: 'step', role: 'group', 'aria-labelledby': `step-${i}-title` },
          h('span', { class: 'label', id: `step-${i}-title` }, `Step ${i + 1}`),
          h('div', { class: 'row' }, field(`${p}.from`, 'From value', from), field(`${p}.label`, 'Name (optional)', label)),
          h('div', { class: 'field' }, this.swatches(`${p}.color`, `step-${i}-title`, s.color), errorSlot(`${p}.color`)),
          remove,
        );
      }),
    );
  }

  private syncMaps(): void {
    this.mapsState.forEach((m, i) => {
      m.value = this.value(`mappings.${i}.value`);
      m.text = this.value(`mappings.${i}.text`);
    });
  }

  private renderMaps(): void {
    this.maps.replaceChildren(
      ...this.mapsState.map((m, i) => {
        const p = `mappings.${i}`;
        const remove = this.removeButton(`Remove value mapping ${i + 1}`, () => {
          this.syncMaps();
          this.mapsState.splice(i, 1);
          this.renderMaps();
          return '#add-mapping';
        });
        return h(
          'div',
          { class: 'mapping row', role: 'group', 'aria-label': `Value mapping ${i + 1}` },
          field(`${p}.value`, 'Value', h('input', { type: 'text', inputmode: 'decimal', size: 6, value: m.value })),
          field(`${p}.text`, 'Shown as', h('input', { type: 'text', maxlength: 40, placeholder: 'All clear', value: m.text })),
          remove,
        );
      }),
    );
  }

  /** A "Remove" button for a list row: `run` removes the row and names where focus goes next. */
  private removeButton(label: string, run: () => string): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'subtle remove', 'aria-label': label }, 'Remove');
    b.addEventListener('click', () => {
      const next = run();
      this.changed();
      this.el.querySelector<HTMLElement>(next)?.focus();
    });
    return b;
  }

  /** Shows only the parts that apply: `data-show="path=a|b"`, `data-show="path!=a"` or `data-show="checkbox-id"`. */
  updateVisibility(): void {
    for (const el of this.el.querySelectorAll<HTMLElement>('[data-show]')) {
      const rule = el.dataset.show!;
      const not = rule.includes('!=');
      const [key, want] = rule.split(not ? '!=' : '=');
      const c = this.el.querySelector<HTMLInputElement>(`#${key.includes('.') || key === 'kind' ? idFor(key) : key}`);
      const on = want === undefined ? !!c?.checked : want.split('|').includes(c?.value ?? '') !== not;
      el.hidden = !on;
    }
  }

  private control(path: string): HTMLInputElement {
    return ctl(this.el, path)!;
  }

  private value(path: string): string {
    return val(this.el, path);
  }

  private checked(id: string): boolean {
    return !!this.el.querySelector<HTMLInputElement>(`#${id}`)?.checked;
  }

  private swatchValue(path: string): string | undefined {
    return this.el.querySelector<HTMLInputElement>(`#${idFor(path)} input:checked`)?.value;
  }

  private set(path: string, v: unknown): void {
    setVal(this.el, path, v);
  }

  private readSource(p: string): Obj {
    const type = this.value(`${p}.type`);
    if (type === 'filter') return { type, filterId: this.value(`${p}.filterId`) };
    if (type === 'project') return { type, projectKey: this.value(`${p}.projectKey`), preset: this.value(`${p}.preset`) || undefined };
    return { type: 'jql', jql: this.control(`${p}.jql`).value };
  }

  private fillSource(p: string, s: Obj | undefined): void {
    this.set(`${p}.type`, s?.type ?? 'jql');
    this.set(`${p}.jql`, s?.type === 'jql' ? s.jql : '');
    this.set(`${p}.filterId`, s?.type === 'filter' ? s.filterId : '');
    this.set(`${p}.projectKey`, s?.type === 'project' ? s.projectKey : '');
    this.set(`${p}.preset`, s?.type === 'project' ? (s.preset ?? 'all') : 'all');
  }

  /** The configuration the form currently describes. Blank optional fields are left out. */
  read(): Draft {
    this.syncSteps();
    this.syncMaps();
    const kind = this.value('kind');
    const version = typeof this.loaded.version === 'number' && this.loaded.version > NEW_VERSION ? this.loaded.version : NEW_VERSION;
    const d: Draft = { version, kind };
    for (const [k, v] of Object.entries(this.loaded)) if (!MANAGED.includes(k)) d[k] = v;
    const text = (path: string) => this.value(path) || undefined;
    const number = (path: string) => numberOrText(this.value(path)); // the resolver explains bad text
    d.title = text('title');
    d.label = text('label');
    d.source = this.readSource('source');
    const choice = this.value('metric.type');
    const formula = choice === 'formula';
    if (formula) {
      const variables = this.formula.read();
      d.metric = { type: 'formula', expression: this.formula.expression(), variables };
      const src = d.source as Obj;
      if (src.type === 'jql' && !String(src.jql).trim() && variables[0]) d.source = variables[0].source;
    } else {
      d.metric = readMetricAt(this.el, 'metric', kind === 'progress') ?? this.loaded.metric;
    }
    d.min = number('min');
    d.max = number('max');
    d.target = number('target');
    if (this.checked('use-thresholds')) {
      d.thresholds = {
        mode: this.value('thresholds.mode') === 'percent' ? 'percent' : undefined,
        base: this.swatchValue('thresholds.base') ?? 'green',
        baseLabel: text('thresholds.baseLabel'),
        steps: this.stepsState.map((s) => ({ from: numberOrText(s.from), color: s.color, label: s.label || undefined })),
      };
    }
    if (this.value('higherIsBetter') === 'false') d.higherIsBetter = false;
    if (this.value('palette') === 'colorblind') d.palette = 'colorblind';
    if (this.mapsState.length) d.mappings = this.mapsState.map((m) => ({ value: numberOrText(m.value) ?? null, text: m.text }));
    d.noValueText = text('noValueText');
    const style = text('format.style');
    const format = { style, decimals: number('format.decimals'), prefix: text('format.prefix'), suffix: text('format.suffix'), unit: text('format.unit'), currency: style === 'currency' ? text('format.currency')?.toUpperCase() : undefined };
    if (Object.values(format).some((v) => v !== undefined)) d.format = format;
    if (kind === 'counter' && !formula && this.checked('use-compare')) {
      const mode = this.value('compare.mode');
      d.compare = { source: this.readSource('compare.source'), label: text('compare.label'), mode: mode === 'both' ? undefined : mode, decimals: number('compare.decimals') };
    }
    if (kind !== 'progress' && this.checked('use-trend')) {
      d.trend = { series: this.value('trend.series'), interval: this.value('trend.interval'), points: Number(this.value('trend.points')) };
    }
    const expected = this.value('expected.mode');
    if (kind === 'progress' && expected === 'dates') d.expected = { start: this.value('expected.start'), end: this.value('expected.end') };
    if (kind === 'progress' && expected === 'version') d.expected = { versionId: this.value('expected.versionId') };
    const refresh = Number(this.value('refresh'));
    if (refresh > 0) d.refresh = refresh;
    return JSON.parse(JSON.stringify(d)) as Draft; // drops the undefined members
  }

  /** Puts `config` (already validated, or a fresh default) into the controls. */
  fill(config: Draft): void {
    type Config = Obj & { source?: Obj; metric?: Obj; thresholds?: { base?: string; baseLabel?: string; mode?: string; steps?: Obj[] }; format?: Obj; compare?: Obj & { source?: Obj } };
    const c = config as Config;
    this.loaded = structuredClone(c);
    this.set('kind', c.kind ?? 'counter');
    this.set('title', c.title);
    this.set('label', c.label);
    this.fillSource('source', c.source);
    const m = c.metric;
    this.set('metric.type', choiceOf(m));
    fillMetricAt(this.el, 'metric', m);
    const isFormula = m?.type === 'formula';
    this.formula.fill(isFormula && Array.isArray(m.variables) ? (m.variables as Obj[]) : [], isFormula ? String(m.expression ?? '') : '');
    this.set('min', c.min);
    this.set('max', c.max);
    this.set('target', c.target);
    (this.el.querySelector('#use-thresholds') as HTMLInputElement).checked = !!c.thresholds;
    this.set('thresholds.mode', c.thresholds?.mode === 'percent' ? 'percent' : 'absolute');
    this.set('thresholds.baseLabel', c.thresholds?.baseLabel);
    this.el.querySelector(`#${idFor('thresholds.base')}`)!.replaceWith(this.swatches('thresholds.base', 'base-label', c.thresholds?.base ?? 'green'));
    this.stepsState.splice(0, this.stepsState.length, ...(c.thresholds?.steps ?? []).map((s) => ({ from: String(s.from ?? ''), color: String(s.color ?? 'amber'), label: String(s.label ?? '') })));
    this.renderSteps();
    this.set('higherIsBetter', c.higherIsBetter === false ? 'false' : 'true');
    this.set('palette', c.palette === 'colorblind' ? 'colorblind' : 'default');
    const mappings = Array.isArray(c.mappings) ? (c.mappings as Obj[]) : [];
    this.mapsState.splice(0, this.mapsState.length, ...mappings.map((x) => ({ value: String(x.value ?? ''), text: String(x.text ?? '') })));
    this.renderMaps();
    this.set('noValueText', c.noValueText);
    this.set('format.style', c.format?.style ?? '');
    this.set('format.decimals', c.format?.decimals ?? '');
    this.set('format.prefix', c.format?.prefix);
    this.set('format.suffix', c.format?.suffix);
    this.set('format.unit', c.format?.unit);
    this.set('format.currency', c.format?.currency);
    (this.el.querySelector('#use-compare') as HTMLInputElement).checked = !!c.compare;
    this.fillSource('compare.source', c.compare?.source);
    this.set('compare.label', c.compare?.label);
    this.set('compare.mode', c.compare?.mode ?? 'both');
    this.set('compare.decimals', c.compare?.decimals ?? '');
    const trend = c.trend as Obj | undefined;
    (this.el.querySelector('#use-trend') as HTMLInputElement).checked = !!trend;
    this.set('trend.series', trend?.series ?? 'created');
    this.set('trend.interval', trend?.interval ?? 'week');
    this.set('trend.points', trend?.points ?? 8);
    const expected = c.expected as Obj | undefined;
    this.set('expected.mode', expected ? ('versionId' in expected ? 'version' : 'dates') : '');
    this.set('expected.start', expected?.start);
    this.set('expected.end', expected?.end);
    this.set('expected.versionId', expected?.versionId);
    const chosen = (this.control('expected.versionId') as unknown as HTMLSelectElement).selectedOptions[0];
    if (expected?.versionId && chosen?.textContent === String(expected.versionId)) chosen.textContent = `Version ${String(expected.versionId)} (choose its project to see the others)`;
    const refresh = typeof c.refresh === 'number' ? String(c.refresh) : '0';
    const sel = this.control('refresh') as unknown as HTMLSelectElement;
    if (![...sel.options].some((o) => o.value === refresh)) sel.append(h('option', { value: refresh }, `Every ${refresh} minutes`));
    sel.value = refresh;
    this.updateVisibility();
  }

  /** Writes one field's message ('' clears it) and marks its control invalid. */
  setError(path: string, message: string): void {
    const slot = this.el.querySelector<HTMLElement>(`[data-error-for="${path}"]`);
    if (slot) slot.textContent = message;
    const c = this.el.querySelector(`#${idFor(path)}`);
    if (c) {
      if (message) c.setAttribute('aria-invalid', 'true');
      else c.removeAttribute('aria-invalid');
    }
    if (path === 'metric.expression') this.formula.showCaret(message);
  }

  /**
   * Shows validation errors next to their fields (or the nearest enclosing slot); messages without a
   * visible slot go to the summary. `keep` paths (e.g. Jira's own JQL messages) are left alone.
   */
  showErrors(errors: readonly FieldError[], keep: ReadonlySet<string> = new Set()): void {
    for (const slot of this.el.querySelectorAll<HTMLElement>('[data-error-for]')) {
      if (!keep.has(slot.dataset.errorFor!)) this.setError(slot.dataset.errorFor!, '');
    }
    const loose: string[] = [];
    for (const e of errors) {
      if (keep.has(e.path)) continue;
      let p = e.path;
      let slot: HTMLElement | null = null;
      while (p) {
        slot = this.el.querySelector<HTMLElement>(`[data-error-for="${p}"]`);
        if (slot && !slot.closest('[hidden]')) break;
        slot = null;
        p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
      }
      if (slot) this.setError(p, slot.textContent ? `${slot.textContent} ${e.message}` : e.message);
      else loose.push(e.message);
    }
    this.summary.hidden = loose.length === 0;
    this.summary.textContent = loose.join(' ');
  }

  /** Moves focus to the first field with an error; returns false when there is none. */
  focusFirstError(): boolean {
    const first = this.el.querySelector<HTMLElement>('[aria-invalid="true"]') ?? (this.summary.hidden ? null : this.summary);
    if (!first) return false;
    first.focus();
    return true;
  }
}

function num(): HTMLInputElement {
  return h('input', { type: 'text', inputmode: 'decimal', size: 8 });
}
