/**
 * The settings form's codec: a configuration ⇄ the values of the form's controls, without the DOM.
 * `toValues` is what the form shows for a configuration, `fromValues` the configuration the form's
 * values describe. Nothing is validated here (the resolver does, with a message per field): text
 * typed where a number belongs is passed on as text, and a word the vocabulary lacks (from a loaded
 * configuration shown as it is) is passed on unchanged, for the resolver to name.
 */
import { CURRENT_VERSION } from '../../functions/config/limits';
import type { Expected, GadgetConfig, Metric, Variable } from '../../functions/config/types';
import type { MetricV1 } from '../../functions/config/types-v1';
import { COLOR_NAMES, CONFIG_KEYS } from '../../functions/config/vocabulary';
import {
  chosen,
  metricFrom,
  metricValues,
  sourceFrom,
  sourceValues,
  text,
  variableValues,
  type Entered,
  type MetricValues,
  type SourceValues,
  type VariableValues,
} from './codec-parts';
import { isRecord } from '../../functions/record';

export type { Entered, MetricChoice, MetricValues, SourceValues, VariableValues } from './codec-parts';
export { choiceOf, metricFrom, metricValues, newVariable, sourceFrom, sourceValues } from './codec-parts';

/**
 * A configuration as the form reads and writes it: GadgetConfig as entered (a loaded one may still
 * have a version-1 metric). Settings of a newer version that the form does not edit are carried
 * over as they are, untyped.
 */
export type Draft = Entered<Omit<GadgetConfig, 'version' | 'metric'> & { metric: Metric | MetricV1 }> & { version?: number };

type Setting<K extends keyof GadgetConfig> = NonNullable<GadgetConfig[K]>;
type Color = Setting<'thresholds'>['base'];

/** Settings the form has no control for (JSON import sets them): a loaded configuration's are kept as they are. */
const NOT_IN_FORM: readonly (typeof CONFIG_KEYS)[number][] = ['locale'];

/** True for the settings the form writes; any other setting of a loaded configuration is kept. */
function edited(key: string): boolean {
  return (CONFIG_KEYS as readonly string[]).includes(key) && !(NOT_IN_FORM as readonly string[]).includes(key);
}

export interface StepValues {
  from: string;
  color: string;
  label: string;
}

export interface MappingValues {
  value: string;
  text: string;
}

/** Every control of the form: text as shown, checkboxes as booleans, list rows in order. */
export interface FormValues {
  kind: string;
  title: string;
  label: string;
  source: SourceValues;
  metric: MetricValues;
  formula: { expression: string; variables: VariableValues[] };
  min: string;
  max: string;
  target: string;
  thresholds: { on: boolean; mode: string; base: string; baseLabel: string; steps: StepValues[] };
  higherIsBetter: string;
  palette: string;
  mappings: MappingValues[];
  noValueText: string;
  format: { style: string; decimals: string; prefix: string; suffix: string; unit: string; currency: string };
  compare: { on: boolean; source: SourceValues; label: string; mode: string; decimals: string };
  trend: { on: boolean; series: string; interval: string; points: string };
  /** `mode`: '' (off), 'dates', 'version' or 'sprint' (the active sprint). */
  /** `sprint`: 'active', or the id of a sprint picked from the issues' active sprints. */
  expected: { mode: string; start: string; end: string; versionId: string; sprint: string };
  refresh: string;
}

/** What the form shows for `config` (validated, fresh defaults, or a stored one shown as it is). */
export function toValues(config: Draft): FormValues {
  const c = config;
  const m = c.metric;
  const formula = m?.type === 'formula' ? m : undefined;
  const steps = Array.isArray(c.thresholds?.steps) ? c.thresholds.steps : [];
  const expected = isRecord(c.expected) ? (c.expected as Entered<Expected>) : undefined;
  return {
    kind: text(c.kind ?? 'counter'),
    title: text(c.title),
    label: text(c.label),
    source: sourceValues(c.source),
    metric: metricValues(m),
    formula: {
      expression: formula ? String(formula.expression ?? '') : '',
      variables: formula && Array.isArray(formula.variables) ? formula.variables.map((v, i) => variableValues(v ?? {}, i)) : [],
    },
    min: text(c.min),
    max: text(c.max),
    target: text(c.target),
    thresholds: {
      on: !!c.thresholds,
      mode: c.thresholds?.mode === 'percent' ? 'percent' : 'absolute',
      base: swatchColor(c.thresholds?.base ?? 'green'),
      baseLabel: text(c.thresholds?.baseLabel),
      steps: steps.map((s) => ({ from: String(s?.from ?? ''), color: String(s?.color ?? 'amber'), label: String(s?.label ?? '') })),
    },
    higherIsBetter: c.higherIsBetter === false ? 'false' : 'true',
    palette: c.palette === 'colorblind' ? 'colorblind' : 'default',
    mappings: Array.isArray(c.mappings) ? c.mappings.map((x) => ({ value: String(x?.value ?? ''), text: String(x?.text ?? '') })) : [],
    noValueText: text(c.noValueText),
    format: {
      style: text(c.format?.style ?? ''),
      decimals: text(c.format?.decimals ?? ''),
      prefix: text(c.format?.prefix),
      suffix: text(c.format?.suffix),
      unit: text(c.format?.unit),
      currency: text(c.format?.currency),
    },
    compare: {
      on: !!c.compare,
      source: sourceValues(c.compare?.source),
      label: text(c.compare?.label),
      mode: text(c.compare?.mode ?? 'both'),
      decimals: text(c.compare?.decimals ?? ''),
    },
    trend: {
      on: !!c.trend,
      series: text(c.trend?.series ?? 'created'),
      interval: text(c.trend?.interval ?? 'week'),
      points: text(c.trend?.points ?? 8),
    },
    expected: {
      mode: expected ? ('versionId' in expected ? 'version' : 'sprint' in expected ? 'sprint' : 'dates') : '',
      start: text(expected && 'start' in expected ? expected.start : undefined),
      end: text(expected && 'end' in expected ? expected.end : undefined),
      versionId: text(expected && 'versionId' in expected ? expected.versionId : undefined),
      sprint: text(expected && 'sprint' in expected ? expected.sprint : 'active'),
    },
    refresh: typeof c.refresh === 'number' ? String(c.refresh) : '0',
  };
}

/**
 * The configuration the form's values describe. Blank optional fields are left out; `loaded` (the
 * configuration last shown) gives a newer version its number and keeps the settings the form does
 * not edit (a pinned `locale`, a newer version's), and its metric stays when the metric list holds a
 * word the form does not know.
 */
export function fromValues(v: FormValues, loaded: Draft): Draft {
  const kind = v.kind;
  const version = typeof loaded.version === 'number' && loaded.version > CURRENT_VERSION ? loaded.version : CURRENT_VERSION;
  const d: Draft = { version, kind: chosen<Setting<'kind'>>(kind) };
  for (const [key, value] of Object.entries(loaded)) if (!edited(key)) (d as Record<string, unknown>)[key] = value;
  const optional = (s: string) => s || undefined;
  d.title = optional(v.title);
  d.label = optional(v.label);
  d.source = sourceFrom(v.source);
  const formula = v.metric.choice === 'formula';
  if (formula) {
    const variables = v.formula.variables.map((x) => ({
      name: chosen<Variable['name']>(x.name),
      source: sourceFrom(x.source),
      metric: metricFrom(x.metric, false) ?? { type: 'count' },
    }));
    d.metric = { type: 'formula', expression: v.formula.expression, variables };
    // A formula reads its variables' issues; the gadget's own (for the trend) default to A's.
    if (d.source.type === 'jql' && !String(d.source.jql).trim() && variables[0]) d.source = variables[0].source;
  } else {
    d.metric = metricFrom(v.metric, kind === 'progress') ?? loaded.metric;
  }
  d.min = numberOrText(v.min);
  d.max = numberOrText(v.max);
  d.target = numberOrText(v.target);
  const t = v.thresholds;
  if (t.on) {
    d.thresholds = {
      mode: t.mode === 'percent' ? 'percent' : undefined,
      base: chosen<Color>(t.base || 'green'),
      baseLabel: optional(t.baseLabel),
      steps: t.steps.map((s) => ({ from: numberOrText(s.from), color: chosen<Color>(s.color), label: optional(s.label) })),
    };
  }
  if (v.higherIsBetter === 'false') d.higherIsBetter = false;
  if (v.palette === 'colorblind') d.palette = 'colorblind';
  if (v.mappings.length) d.mappings = v.mappings.map((m) => ({ value: numberOrText(m.value) ?? null, text: m.text }));
  d.noValueText = optional(v.noValueText);
  const f = v.format;
  const style = optional(f.style);
  const currency = style === 'currency' ? optional(f.currency)?.toUpperCase() : undefined;
  const format = {
    style: chosen<NonNullable<Setting<'format'>['style']>>(style),
    decimals: numberOrText(f.decimals),
    prefix: optional(f.prefix),
    suffix: optional(f.suffix),
    unit: optional(f.unit),
    currency,
  };
  if (Object.values(format).some((x) => x !== undefined)) d.format = format;
  const cmp = v.compare;
  if (kind === 'counter' && !formula && cmp.on) {
    d.compare = {
      source: sourceFrom(cmp.source),
      label: optional(cmp.label),
      mode: cmp.mode === 'both' ? undefined : chosen<NonNullable<Setting<'compare'>['mode']>>(cmp.mode),
      decimals: numberOrText(cmp.decimals),
    };
  }
  if (kind !== 'progress' && v.trend.on) {
    d.trend = {
      series: chosen<Setting<'trend'>['series']>(v.trend.series),
      interval: chosen<Setting<'trend'>['interval']>(v.trend.interval),
      points: Number(v.trend.points),
    };
  }
  if (kind === 'progress' && v.expected.mode === 'dates') d.expected = { start: v.expected.start, end: v.expected.end };
  if (kind === 'progress' && v.expected.mode === 'version') d.expected = { versionId: v.expected.versionId };
  if (kind === 'progress' && v.expected.mode === 'sprint') {
    const id = /^[0-9]+$/.test(v.expected.sprint) ? Number(v.expected.sprint) : undefined;
    d.expected = { sprint: id ?? 'active' };
  }
  const refresh = Number(v.refresh);
  if (refresh > 0) d.refresh = refresh;
  return JSON.parse(JSON.stringify(d)) as Draft; // drops the undefined members
}

/** Text → number when it is one, '' → undefined, anything else kept as text for the resolver to explain. */
function numberOrText(v: string): number | string | undefined {
  return v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v;
}

/** A colour the swatches can show (a palette name or #rrggbb); '' checks none. */
function swatchColor(value: unknown): string {
  const s = text(value);
  return (COLOR_NAMES as readonly string[]).includes(s) || /^#[0-9a-f]{6}$/i.test(s) ? s : '';
}
