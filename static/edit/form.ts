/**
 * The gadget settings form: builds the controls, reads them into a draft configuration and fills them
 * from one. Field errors are addressed by the same dotted paths the `validateConfig` resolver uses.
 */
import type { FieldError, Option } from '../shared/contract.ts';
import { field, group, h, idFor, select } from './dom.ts';

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
const PRESETS = [
  ['all', 'All issues'],
  ['open', 'Open issues (not done)'],
  ['open-bugs', 'Open bugs'],
  ['created-7d', 'Created in the last 7 days'],
  ['resolved-7d', 'Resolved in the last 7 days'],
] as const;
const METRICS = [['count', 'Number of issues'], ['sum', 'Sum of a number field'], ['ratio', 'Share of issues done']] as const;
/** The settings this form edits; any other setting of a loaded configuration is kept as it is. */
const MANAGED = ['version', 'kind', 'title', 'label', 'source', 'metric', 'min', 'max', 'target', 'thresholds', 'higherIsBetter', 'format', 'compare', 'refresh'];
/** The configuration version new gadgets get; a loaded configuration keeps its own (never downgraded). */
const NEW_VERSION = 1;
const STYLES = [['', 'Automatic'], ['number', 'Number (1,234.5)'], ['compact', 'Compact (1.2k)'], ['percent', 'Percent (42%)'], ['duration', 'Duration (3d 4h, from seconds)']] as const;
const REFRESH = [['0', 'Off'], ['5', 'Every 5 minutes'], ['15', 'Every 15 minutes'], ['30', 'Every 30 minutes'], ['60', 'Every hour'], ['240', 'Every 4 hours'], ['1440', 'Once a day']] as const;

/** Loads picker options; `query` filters by name. */
export type OptionLoader = (kind: 'fieldOptions' | 'projectOptions' | 'filterOptions', query?: string) => Promise<Option[] | string>;

interface Step {
  from: string;
  color: string;
  label: string;
}

export class SettingsForm {
  readonly el: HTMLFormElement;
  private readonly steps: HTMLDivElement;
  private readonly stepsState: Step[] = [];
  private readonly summary: HTMLDivElement;
  /** The configuration last filled in: its version, and settings this form does not edit, are kept. */
  private loaded: Obj = {};

  constructor(private readonly load: OptionLoader, private readonly onChange: () => void) {
    this.summary = h('div', { class: 'summary', id: 'summary', role: 'alert', hidden: true });
    this.steps = h('div', { class: 'steps' });
    this.el = h(
      'form',
      { novalidate: true, 'aria-label': 'Gadget settings' },
      this.summary,
      group(
        'Gadget',
        field('kind', 'Type', select(KINDS)),
        field('title', 'Title', h('input', { type: 'text', maxlength: 200, placeholder: 'e.g. Open bugs' }), 'Shown at the top of the gadget.'),
        field('label', 'Label', h('input', { type: 'text', maxlength: 100, placeholder: 'e.g. bugs' }), 'Words under the number.'),
      ),
      this.sourceGroup('source', 'Issues'),
      group(
        'Number',
        field('metric.type', 'Show', select(METRICS)),
        h('div', { 'data-show': 'metric.type=sum' }, field('metric.fieldId', 'Field to add up', select([['', 'Loading fields…']]))),
        h(
          'div',
          { 'data-show': 'metric.type=ratio' },
          field('metric.doneJql', '“Done” means', h('input', { type: 'text', placeholder: 'statusCategory = Done', spellcheck: false }), 'A JQL condition; empty means status category Done.'),
          h('div', { class: 'check', 'data-show': 'kind=progress' }, h('input', { type: 'checkbox', id: idFor('metric.segments'), 'data-path': 'metric.segments' }), h('label', { for: idFor('metric.segments') }, 'Show To Do / In Progress / Done segments')),
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
        h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'use-thresholds' }), h('label', { for: 'use-thresholds' }, 'Colour the number by thresholds')),
        h(
          'div',
          { 'data-show': 'use-thresholds' },
          h('div', { class: 'field' }, h('span', { class: 'label', id: 'base-label' }, 'Below the first step'), this.swatches('thresholds.base', 'base-label', 'green'), h('p', { class: 'error', 'data-error-for': 'thresholds.base', 'aria-live': 'polite' })),
          this.steps,
          h('p', { class: 'error', 'data-error-for': 'thresholds.steps', 'aria-live': 'polite' }),
          h('button', { type: 'button', class: 'subtle', id: 'add-step' }, '+ Add step'),
        ),
        field('higherIsBetter', 'Direction', select([['true', 'Higher is better'], ['false', 'Lower is better']]), 'Colours the counter’s change: up is good or bad.'),
      ),
      group(
        'Number format',
        h(
          'div',
          { class: 'row' },
          field('format.style', 'Style', select(STYLES)),
          field('format.decimals', 'Decimals', select([['', 'Auto'], ['0', '0'], ['1', '1'], ['2', '2'], ['3', '3']])),
          field('format.prefix', 'Prefix', h('input', { type: 'text', maxlength: 10, placeholder: '$', size: 4 })),
          field('format.unit', 'Unit', h('input', { type: 'text', maxlength: 20, placeholder: 'pts', size: 6 })),
        ),
      ),
      h(
        'div',
        { 'data-show': 'kind=counter' },
        group(
          'Comparison',
          h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'use-compare' }), h('label', { for: 'use-compare' }, 'Compare with a second set of issues (shows the change ▲/▼)')),
          h('div', { 'data-show': 'use-compare' }, this.sourceGroup('compare.source', 'Compare with'), field('compare.label', 'Comparison label', h('input', { type: 'text', maxlength: 60, placeholder: 'vs last week' }))),
        ),
      ),
      group('Refresh', field('refresh', 'Auto-refresh', select(REFRESH), 'Jira reloads the gadget on the dashboard at this interval.')),
    );
    this.el.querySelector('#add-step')!.addEventListener('click', () => {
      this.syncSteps();
      const last = this.stepsState.at(-1);
      this.stepsState.push({ from: last ? String(Number(last.from || 0) + 10) : '50', color: last ? 'amber' : 'amber', label: '' });
      this.renderSteps();
      this.changed();
      this.steps.querySelector<HTMLInputElement>(`#${idFor(`thresholds.steps.${this.stepsState.length - 1}.from`)}`)?.focus();
    });
    this.el.addEventListener('input', () => this.changed());
    this.el.addEventListener('change', () => this.changed());
    this.el.addEventListener('submit', (e) => e.preventDefault());
    this.wirePicker('source');
    this.wirePicker('compare.source');
    void this.fillOptions('metric.fieldId', 'fieldOptions');
    this.updateVisibility();
  }

  private changed(): void {
    this.updateVisibility();
    this.onChange();
  }

  /** The source chooser for `source` or `compare.source`. */
  private sourceGroup(p: string, legend: string): HTMLFieldSetElement {
    return group(
      legend,
      field(`${p}.type`, 'From', select(SOURCE_TYPES)),
      h('div', { 'data-show': `${p}.type=jql` }, field(`${p}.jql`, 'JQL query', h('textarea', { rows: 3, spellcheck: false, placeholder: 'project = ABC AND type = Bug AND statusCategory != Done' }), 'Checked against Jira as you type.')),
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
        field(`${p}.preset`, 'Which issues', select(PRESETS)),
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
  async fillOptions(path: string, kind: 'fieldOptions' | 'projectOptions' | 'filterOptions', query?: string): Promise<void> {
    const sel = this.control(path) as unknown as HTMLSelectElement;
    const result = await this.load(kind, query);
    const keep = sel.value;
    const opts: [string, string][] = typeof result === 'string' ? [] : result.map((o) => [o.value, o.label]);
    if (keep && !opts.some(([v]) => v === keep)) opts.unshift([keep, `${keep} (not in the list)`]);
    sel.replaceChildren(h('option', { value: '' }, typeof result === 'string' ? 'Could not load the list' : opts.length ? 'Choose…' : 'Nothing found'), ...opts.map(([v, l]) => h('option', { value: v }, l)));
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
        const remove = h('button', { type: 'button', class: 'subtle remove', 'aria-label': `Remove step ${i + 1}` }, 'Remove');
        remove.addEventListener('click', () => {
          this.syncSteps();
          this.stepsState.splice(i, 1);
          this.renderSteps();
          this.changed();
          (this.el.querySelector<HTMLElement>('#add-step'))?.focus();
        });
        const from = h('input', { type: 'text', inputmode: 'decimal', size: 6, value: s.from });
        const label = h('input', { type: 'text', maxlength: 40, placeholder: 'e.g. warning', value: s.label });
        return h(
          'div',
          { class: 'step', role: 'group', 'aria-labelledby': `step-${i}-title` },
          h('span', { class: 'label', id: `step-${i}-title` }, `Step ${i + 1}`),
          h('div', { class: 'row' }, field(`${p}.from`, 'From value', from), field(`${p}.label`, 'Name (optional)', label)),
          h('div', { class: 'field' }, this.swatches(`${p}.color`, `step-${i}-title`, s.color), h('p', { class: 'error', 'data-error-for': `${p}.color`, 'aria-live': 'polite' })),
          remove,
        );
      }),
    );
  }

  /** Shows only the parts that apply: `data-show="path=value|value"` or `data-show="checkbox-id"`. */
  updateVisibility(): void {
    for (const el of this.el.querySelectorAll<HTMLElement>('[data-show]')) {
      const [key, want] = el.dataset.show!.split('=');
      const ctl = this.el.querySelector<HTMLInputElement>(`#${key.includes('.') || key === 'kind' ? idFor(key) : key}`);
      const on = want === undefined ? !!ctl?.checked : want.split('|').includes(ctl?.value ?? '');
      el.hidden = !on;
    }
  }

  private control(path: string): HTMLInputElement {
    return this.el.querySelector<HTMLInputElement>(`#${idFor(path)}`)!;
  }

  private value(path: string): string {
    return this.control(path)?.value.trim() ?? '';
  }

  private checked(id: string): boolean {
    return !!this.el.querySelector<HTMLInputElement>(`#${id}`)?.checked;
  }

  private swatchValue(path: string): string | undefined {
    return this.el.querySelector<HTMLInputElement>(`#${idFor(path)} input:checked`)?.value;
  }

  private set(path: string, v: unknown): void {
    const c = this.control(path);
    if (!c) return;
    const s = v === undefined || v === null ? '' : String(v);
    if (c instanceof HTMLSelectElement) {
      if (s && ![...c.options].some((o) => o.value === s)) c.append(h('option', { value: s }, s));
    }
    c.value = s;
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
    const kind = this.value('kind');
    const version = typeof this.loaded.version === 'number' && this.loaded.version > NEW_VERSION ? this.loaded.version : NEW_VERSION;
    const d: Draft = { version, kind };
    for (const [k, v] of Object.entries(this.loaded)) if (!MANAGED.includes(k)) d[k] = v;
    const text = (path: string) => this.value(path) || undefined;
    const number = (path: string) => {
      const v = this.value(path);
      return v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v; // the resolver explains bad text
    };
    d.title = text('title');
    d.label = text('label');
    d.source = this.readSource('source');
    const mt = this.value('metric.type');
    d.metric =
      mt === 'kept'
        ? this.loaded.metric
        : mt === 'sum'
          ? version >= 2 ? { type: 'aggregate', op: 'sum', fieldId: this.value('metric.fieldId') } : { type: mt, fieldId: this.value('metric.fieldId') }
          : mt === 'ratio'
          ? { type: mt, doneJql: text('metric.doneJql'), segments: kind === 'progress' && this.checked(idFor('metric.segments')) ? true : undefined }
          : { type: 'count' };
    d.min = number('min');
    d.max = number('max');
    d.target = number('target');
    if (this.checked('use-thresholds')) {
      d.thresholds = {
        base: this.swatchValue('thresholds.base') ?? 'green',
        steps: this.stepsState.map((s) => ({ from: s.from === '' ? undefined : Number.isFinite(Number(s.from)) ? Number(s.from) : s.from, color: s.color, label: s.label || undefined })),
      };
    }
    if (this.value('higherIsBetter') === 'false') d.higherIsBetter = false;
    const keptFormat = typeof this.loaded.format === 'object' && this.loaded.format ? (this.loaded.format as Obj) : {};
    const format = { ...keptFormat, style: text('format.style'), decimals: number('format.decimals'), prefix: text('format.prefix'), unit: text('format.unit') };
    if (Object.values(format).some((v) => v !== undefined)) d.format = format;
    if (kind === 'counter' && this.checked('use-compare')) {
      const keep = typeof this.loaded.compare === 'object' && this.loaded.compare ? (this.loaded.compare as Obj) : {};
      d.compare = { ...keep, source: this.readSource('compare.source'), label: text('compare.label') };
    }
    const refresh = Number(this.value('refresh'));
    if (refresh > 0) d.refresh = refresh;
    return JSON.parse(JSON.stringify(d)) as Draft; // drops the undefined members
  }

  /** Puts `config` (already validated, or a fresh default) into the controls. */
  fill(config: Draft): void {
    const c = config as Obj & { source?: Obj; metric?: Obj; thresholds?: { base?: string; steps?: Obj[] }; format?: Obj; compare?: { source?: Obj; label?: string } };
    this.set('kind', c.kind ?? 'counter');
    this.set('title', c.title);
    this.set('label', c.label);
    this.fillSource('source', c.source);
    this.loaded = structuredClone(c);
    // A sum is `sum` (version 1) or `aggregate` with op sum (version 2); other metrics are kept as they are.
    const m = c.metric;
    const isSum = m?.type === 'sum' || (m?.type === 'aggregate' && m.op === 'sum');
    const known = !m || isSum || m.type === 'count' || m.type === 'ratio';
    const metricSelect = this.control('metric.type') as unknown as HTMLSelectElement;
    metricSelect.querySelector('option[value="kept"]')?.remove();
    if (!known) metricSelect.append(h('option', { value: 'kept' }, `As saved: ${String(m.type)}${m.op ? ` (${String(m.op)})` : ''} — edit it as JSON below`));
    this.set('metric.type', known ? (isSum ? 'sum' : (m?.type ?? 'count')) : 'kept');
    this.set('metric.fieldId', isSum ? m!.fieldId : '');
    this.set('metric.doneJql', c.metric?.type === 'ratio' ? c.metric.doneJql : '');
    (this.control('metric.segments') as HTMLInputElement).checked = c.metric?.segments === true;
    this.set('min', c.min);
    this.set('max', c.max);
    this.set('target', c.target);
    (this.el.querySelector('#use-thresholds') as HTMLInputElement).checked = !!c.thresholds;
    const base = this.el.querySelector(`#${idFor('thresholds.base')}`)!;
    base.replaceWith(this.swatches('thresholds.base', 'base-label', c.thresholds?.base ?? 'green'));
    this.stepsState.splice(0, this.stepsState.length, ...(c.thresholds?.steps ?? []).map((s) => ({ from: String(s.from ?? ''), color: String(s.color ?? 'amber'), label: String(s.label ?? '') })));
    this.renderSteps();
    this.set('higherIsBetter', c.higherIsBetter === false ? 'false' : 'true');
    this.set('format.style', c.format?.style ?? '');
    this.set('format.decimals', c.format?.decimals ?? '');
    this.set('format.prefix', c.format?.prefix);
    this.set('format.unit', c.format?.unit);
    (this.el.querySelector('#use-compare') as HTMLInputElement).checked = !!c.compare;
    this.fillSource('compare.source', c.compare?.source);
    this.set('compare.label', c.compare?.label);
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
    const ctl = this.el.querySelector(`#${idFor(path)}`);
    if (ctl) {
      if (message) ctl.setAttribute('aria-invalid', 'true');
      else ctl.removeAttribute('aria-invalid');
    }
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
