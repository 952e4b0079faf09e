/**
 * Validation of a gadget configuration, stored or draft: `validate(unknown)` returns the normalised
 * config or every bad field with a message a Jira user understands. Never throws.
 */
import type { Color, GadgetKind, NumberFormat, ThresholdStep, Thresholds } from '../../render/types.ts';
import { parseJql } from '../jql/parse.ts';
import { CURRENT_VERSION, LIMITS } from './limits.ts';
import type { Compare, FieldError, GadgetConfigV1, Metric, ProjectPreset, Source } from './types.ts';

export type ValidationResult = { ok: true; config: GadgetConfigV1 } | { ok: false; errors: FieldError[] };

export const KINDS: readonly GadgetKind[] = ['gauge', 'counter', 'progress'];
export const PRESETS: readonly ProjectPreset[] = ['all', 'open', 'open-bugs', 'created-7d', 'resolved-7d'];
const COLOR_NAMES = ['green', 'amber', 'red', 'blue', 'purple', 'teal', 'grey'];
const FORMAT_STYLES = ['number', 'compact', 'percent', 'duration'] as const;
const TOP_KEYS = ['version', 'kind', 'title', 'label', 'source', 'metric', 'min', 'max', 'target', 'thresholds', 'higherIsBetter', 'format', 'compare', 'refresh'];

type Obj = Record<string, unknown>;

/** Collects errors while reading fields of an untrusted object. */
class Checker {
  readonly errors: FieldError[] = [];
  fail(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }
  object(value: unknown, path: string, what: string): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    return this.fail(path, `${what} is missing or is not a set of settings.`);
  }
  unknownKeys(obj: Obj, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.fail(join(path, key), `"${key}" is not a Glance setting.`);
    }
  }
  optString(obj: Obj, key: string, path: string, max: number, what: string): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return this.fail(join(path, key), `${what} must be text.`);
    const s = v.trim();
    if (s.length > max) return this.fail(join(path, key), `${what} is too long (at most ${max} characters).`);
    return s === '' ? undefined : s;
  }
  optNumber(obj: Obj, key: string, path: string, what: string): number | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(join(path, key), `${what} must be a number.`);
    if (Math.abs(v) > 1e15) return this.fail(join(path, key), `${what} is too large.`);
    return v;
  }
  optBoolean(obj: Obj, key: string, path: string, what: string): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') return this.fail(join(path, key), `${what} must be on or off (true or false).`);
    return v;
  }
  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, what: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `${what} must be one of: ${allowed.join(', ')}.`);
  }
  jql(value: unknown, path: string, what: string, required: boolean): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return required ? this.fail(path, `Enter ${what}.`) : undefined;
    }
    if (typeof value !== 'string') return this.fail(path, `${what[0].toUpperCase()}${what.slice(1)} must be text.`);
    const jql = value.trim();
    if (jql.length > LIMITS.jql) return this.fail(path, `The query is too long (at most ${LIMITS.jql.toLocaleString('en-US')} characters).`);
    const parsed = parseJql(jql);
    if (!parsed.ok) return this.fail(path, `This is not valid JQL: ${parsed.errors.join('; ')}`);
    if (parsed.where === null) {
      return this.fail(path, 'Add a search restriction (for example project = KEY): Jira refuses queries that match every issue.');
    }
    return jql;
  }
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** Validates and normalises a configuration of any age; see the README's config reference. */
export function validate(input: unknown): ValidationResult {
  const c = new Checker();
  const root = c.object(input, 'config', 'The configuration');
  if (!root) return { ok: false, errors: c.errors };
  const version = root.version;
  if (version === undefined) {
    return { ok: false, errors: [{ path: 'version', message: 'This configuration has no version, so Glance cannot read it. Edit the gadget and save it again.' }] };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    return { ok: false, errors: [{ path: 'version', message: `This configuration was made by a newer Glance (version ${version}); this one reads version ${CURRENT_VERSION}. Update the app or save the gadget again.` }] };
  }
  if (version !== CURRENT_VERSION) {
    return { ok: false, errors: [{ path: 'version', message: `Unknown configuration version ${JSON.stringify(version)}; Glance reads version ${CURRENT_VERSION}.` }] };
  }
  c.unknownKeys(root, TOP_KEYS, '');
  const kind = c.oneOf(root.kind, KINDS, 'kind', 'The gadget type');
  const title = c.optString(root, 'title', '', LIMITS.title, 'The title');
  const label = c.optString(root, 'label', '', LIMITS.label, 'The label');
  const source = readSource(c, root.source, 'source');
  const metric = readMetric(c, root.metric, 'metric');
  const min = c.optNumber(root, 'min', '', 'The minimum');
  const max = c.optNumber(root, 'max', '', 'The maximum');
  const target = c.optNumber(root, 'target', '', 'The target');
  if (min !== undefined && max !== undefined && min >= max) c.fail('max', 'The maximum must be greater than the minimum.');
  const thresholds = root.thresholds === undefined || root.thresholds === null ? undefined : readThresholds(c, root.thresholds, 'thresholds');
  const higherIsBetter = c.optBoolean(root, 'higherIsBetter', '', '"Higher is better"');
  const format = root.format === undefined || root.format === null ? undefined : readFormat(c, root.format, 'format');
  const compare = root.compare === undefined || root.compare === null ? undefined : readCompare(c, root.compare, 'compare');
  const refresh = readRefresh(c, root.refresh);
  if (kind === 'progress' && metric && metric.type !== 'ratio' && max === undefined) {
    c.fail('max', 'A progress bar of a count or a sum needs a maximum (the amount that fills the bar).');
  }
  if (c.errors.length > 0 || !kind || !source || !metric) return { ok: false, errors: c.errors };
  const config: GadgetConfigV1 = { version: 1, kind, source, metric };
  Object.assign(config, strip({ title, label, min, max, target, thresholds, higherIsBetter, format, compare, refresh }));
  return { ok: true, config };
}

function strip<T extends Obj>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function readSource(c: Checker, value: unknown, path: string): Source | undefined {
  const obj = c.object(value, path, 'Where the issues come from');
  if (!obj) return undefined;
  const type = c.oneOf(obj.type, ['jql', 'filter', 'project'] as const, join(path, 'type'), 'The source');
  switch (type) {
    case 'jql': {
      c.unknownKeys(obj, ['type', 'jql'], path);
      const jql = c.jql(obj.jql, join(path, 'jql'), 'a JQL query', true);
      return jql === undefined ? undefined : { type, jql };
    }
    case 'filter': {
      c.unknownKeys(obj, ['type', 'filterId'], path);
      const raw = obj.filterId;
      const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      if (!/^[0-9]+$/.test(id) || id.length > LIMITS.filterId) return c.fail(join(path, 'filterId'), 'Choose a saved filter.');
      return { type, filterId: id };
    }
    case 'project': {
      c.unknownKeys(obj, ['type', 'projectKey', 'preset'], path);
      const key = typeof obj.projectKey === 'string' ? obj.projectKey.trim().toUpperCase() : '';
      const keyOk = /^[A-Z][A-Z0-9_]*$/.test(key) && key.length <= LIMITS.projectKey;
      if (!keyOk) c.fail(join(path, 'projectKey'), 'Choose a project (a project key such as ABC).');
      const preset = obj.preset === undefined || obj.preset === null ? undefined : c.oneOf(obj.preset, PRESETS, join(path, 'preset'), 'The project preset');
      if (!keyOk || (obj.preset !== undefined && obj.preset !== null && preset === undefined)) return undefined;
      return preset === undefined ? { type, projectKey: key } : { type, projectKey: key, preset };
    }
    default:
      return undefined;
  }
}

function readMetric(c: Checker, value: unknown, path: string): Metric | undefined {
  const obj = c.object(value, path, 'What to compute');
  if (!obj) return undefined;
  const type = c.oneOf(obj.type, ['count', 'sum', 'ratio'] as const, join(path, 'type'), 'The calculation');
  switch (type) {
    case 'count':
      c.unknownKeys(obj, ['type'], path);
      return { type };
    case 'sum': {
      c.unknownKeys(obj, ['type', 'fieldId'], path);
      const id = typeof obj.fieldId === 'string' ? obj.fieldId.trim() : '';
      if (!/^[A-Za-z0-9_.-]+$/.test(id) || id.length > LIMITS.fieldId) return c.fail(join(path, 'fieldId'), 'Choose a number field to add up.');
      return { type, fieldId: id };
    }
    case 'ratio': {
      c.unknownKeys(obj, ['type', 'doneJql', 'segments'], path);
      const before = c.errors.length;
      const doneJql = c.jql(obj.doneJql, join(path, 'doneJql'), 'the "done" condition', false);
      const segments = c.optBoolean(obj, 'segments', path, 'Status segments');
      if (c.errors.length > before) return undefined;
      return { type, ...strip({ doneJql, segments }) };
    }
    default:
      return undefined;
  }
}

function readColor(c: Checker, value: unknown, path: string): Color | undefined {
  if (typeof value === 'string' && (COLOR_NAMES.includes(value) || /^#[0-9a-fA-F]{6}$/.test(value))) {
    return (value.startsWith('#') ? value.toLowerCase() : value) as Color;
  }
  return c.fail(path, `Choose a colour: ${COLOR_NAMES.join(', ')}, or #rrggbb.`);
}

function readThresholds(c: Checker, value: unknown, path: string): Thresholds | undefined {
  const obj = c.object(value, path, 'The thresholds');
  if (!obj) return undefined;
  c.unknownKeys(obj, ['base', 'baseLabel', 'steps'], path);
  const before = c.errors.length;
  const base = readColor(c, obj.base, join(path, 'base'));
  const baseLabel = c.optString(obj, 'baseLabel', path, LIMITS.thresholdLabel, 'The label');
  const rawSteps = obj.steps ?? [];
  const steps: ThresholdStep[] = [];
  if (!Array.isArray(rawSteps)) {
    c.fail(join(path, 'steps'), 'The threshold steps must be a list.');
  } else if (rawSteps.length > LIMITS.thresholdSteps) {
    c.fail(join(path, 'steps'), `Use at most ${LIMITS.thresholdSteps} threshold steps.`);
  } else {
    rawSteps.forEach((raw, i) => {
      const p = join(join(path, 'steps'), i);
      const step = c.object(raw, p, `Threshold step ${i + 1}`);
      if (!step) return;
      c.unknownKeys(step, ['from', 'color', 'label'], p);
      const from = c.optNumber(step, 'from', p, `The start of threshold step ${i + 1}`);
      if (from === undefined && step.from === undefined) c.fail(join(p, 'from'), `Enter where threshold step ${i + 1} starts.`);
      const color = readColor(c, step.color, join(p, 'color'));
      const label = c.optString(step, 'label', p, LIMITS.thresholdLabel, 'The label');
      if (from !== undefined && steps.length > 0 && from <= steps[steps.length - 1].from) {
        c.fail(join(p, 'from'), 'Threshold steps must go up: each starts above the one before.');
      }
      if (from !== undefined && color !== undefined) steps.push(label === undefined ? { from, color } : { from, color, label });
    });
  }
  if (c.errors.length > before || base === undefined) return undefined;
  return baseLabel === undefined ? { base, steps } : { base, baseLabel, steps };
}

function readFormat(c: Checker, value: unknown, path: string): NumberFormat | undefined {
  const obj = c.object(value, path, 'The number format');
  if (!obj) return undefined;
  c.unknownKeys(obj, ['style', 'decimals', 'prefix', 'unit'], path);
  const before = c.errors.length;
  const style = obj.style === undefined || obj.style === null ? undefined : c.oneOf(obj.style, FORMAT_STYLES, join(path, 'style'), 'The number style');
  const decimals = c.optNumber(obj, 'decimals', path, 'Decimals');
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > LIMITS.decimals)) {
    c.fail(join(path, 'decimals'), `Decimals must be a whole number from 0 to ${LIMITS.decimals}.`);
  }
  const prefix = c.optString(obj, 'prefix', path, LIMITS.prefix, 'The prefix');
  const unit = c.optString(obj, 'unit', path, LIMITS.unit, 'The unit');
  if (c.errors.length > before) return undefined;
  return strip({ style, decimals, prefix, unit });
}

function readCompare(c: Checker, value: unknown, path: string): Compare | undefined {
  const obj = c.object(value, path, 'The comparison');
  if (!obj) return undefined;
  c.unknownKeys(obj, ['source', 'label'], path);
  const source = readSource(c, obj.source, join(path, 'source'));
  const label = c.optString(obj, 'label', path, LIMITS.compareLabel, 'The comparison label');
  if (!source) return undefined;
  return label === undefined ? { source } : { source, label };
}

function readRefresh(c: Checker, value: unknown): number | undefined {
  if (value === undefined || value === null || value === 0) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS.refreshMinutes) {
    return c.fail('refresh', `Auto-refresh must be a whole number of minutes from 0 (off) to ${LIMITS.refreshMinutes}.`);
  }
  return value;
}
