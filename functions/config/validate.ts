/**
 * Validation of a gadget configuration, stored or draft: `validate(unknown)` migrates older versions
 * (see migrate.ts) and returns the normalised current config, or every bad field with a dotted path
 * (`metric.variables.1.source.jql`) and what to tell a Jira user (worded at the resolvers' edge:
 * functions/failure.ts `fieldErrors`). Never throws.
 */
import type { Said } from '../../i18n/arguments';
import { supportedLocale } from '../../i18n/locale';
import { said } from '../errors';
import { Checker, strip, type Obj, type Problem } from './checker';
import { parseCompare, parseExpected, parseFormat, parseMappings, parseThresholds, parseTrend } from './display';
import { CONFIG_BOUNDS, exceeds, jsonLength } from './bounds';
import { CURRENT_VERSION, LIMITS } from './limits';
import { parseMetric, parseSource } from './metric';
import { migrateRawV1 } from './migrate';
import type { GadgetConfig } from './types';
import { CONFIG_KEYS, GADGET_KINDS, PALETTES } from './vocabulary';

/**
 * The normalised configuration, or the first problems (checker.ts MAX_ERRORS); `omitted` counts those
 * found beyond them.
 */
type ValidationResult = { ok: true; config: GadgetConfig } | { ok: false; errors: Problem[]; omitted?: number };

/** Validates and normalises a configuration of any supported version; see the README's config reference. */
export function validate(input: unknown): ValidationResult {
  const c = new Checker();
  let root = c.object(input, 'config', 'field.configuration');
  if (!root) return { ok: false, errors: c.errors };
  // Before any other work: a configuration past a limit is refused whole (bounds.ts).
  const excess = exceeds(root);
  if (excess)
    return { ok: false, errors: [{ path: 'config', said: said(EXCESS_MESSAGE[excess.limit], { max: CONFIG_BOUNDS[excess.limit] }) }] };
  const version = root.version;
  if (version === undefined) {
    return versionError(said('config.noVersion'));
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    return versionError(said('config.newerVersion', { version: String(version), max: String(CURRENT_VERSION) }));
  }
  if (version === 1) root = migrateRawV1(c, root);
  else if (version !== CURRENT_VERSION) {
    return versionError(
      said('config.unknownVersion', { version: JSON.stringify(version) ?? typeof version, max: String(CURRENT_VERSION) }),
    );
  } else c.unknownKeys(root, CONFIG_KEYS, '');
  return parseV2(c, root);
}

function parseV2(c: Checker, root: Obj): ValidationResult {
  const kind = c.oneOf(root.kind, GADGET_KINDS, 'kind', 'field.kind');
  const title = c.optString(root, 'title', '', LIMITS.title, 'field.title');
  const label = c.optString(root, 'label', '', LIMITS.label, 'field.label');
  const source = parseSource(c, root.source, 'source');
  const metric = parseMetric(c, root.metric, 'metric');
  const min = c.optNumber(root, 'min', '', 'field.min');
  const max = c.optNumber(root, 'max', '', 'field.max');
  const target = c.optNumber(root, 'target', '', 'field.target');
  if (min !== undefined && max !== undefined && min >= max) c.fail('max', 'config.maxAboveMin');
  // A gauge's target is a place on its scale (a counter's is "of N" and has no scale).
  const lo = min ?? 0;
  if (root.kind === 'gauge' && target !== undefined && max !== undefined && lo < max && (target < lo || target > max)) {
    c.fail('target', 'config.targetOnScale', { min: String(lo), max: String(max) });
  }
  const present = (key: string) => root[key] !== undefined && root[key] !== null;
  const thresholds = present('thresholds') ? parseThresholds(c, root.thresholds, 'thresholds') : undefined;
  const higherIsBetter = c.optBoolean(root, 'higherIsBetter', '', 'field.higherIsBetter');
  const format = present('format') ? parseFormat(c, root.format, 'format') : undefined;
  const compare = present('compare') ? parseCompare(c, root.compare, 'compare') : undefined;
  const refresh = parseRefresh(c, root.refresh);
  const trend = present('trend') ? parseTrend(c, root.trend, 'trend') : undefined;
  const expected = present('expected') ? parseExpected(c, root.expected, 'expected') : undefined;
  const mappings = present('mappings') ? parseMappings(c, root.mappings, 'mappings') : undefined;
  const noValueText = c.optString(root, 'noValueText', '', LIMITS.noValueText, 'field.noValueText');
  const palette = c.optOneOf(root, 'palette', PALETTES, '', 'field.palette');
  const locale = parseLocale(c, root.locale);

  if (kind === 'progress' && metric && metric.type !== 'ratio' && max === undefined) {
    c.fail('max', 'config.progressMax');
  }
  if (trend && kind === 'progress') {
    c.fail('trend', 'config.trendKind');
  }
  if (trend && trend.series === 'matching' && metric && !['count', 'aggregate', 'ratio'].includes(metric.type)) {
    c.fail('trend.series', 'config.trendSeries');
  }
  if (expected && kind !== undefined && kind !== 'progress') c.fail('expected', 'config.expectedKind');
  if (compare && metric?.type === 'formula') {
    c.fail('compare', 'config.compareFormula');
  }

  if (c.failing || !kind || !source || !metric) return { ok: false, errors: c.errors, ...(c.omitted > 0 ? { omitted: c.omitted } : {}) };
  // Every member of GadgetConfig, in the order they are stored: one added to types.ts fails to compile here until it is read.
  const head = { version: 2, kind, source, metric, title, label, min, max, target };
  const display = { thresholds, higherIsBetter, format, compare, refresh, trend, expected, mappings, noValueText, palette, locale };
  const config = strip<Record<keyof GadgetConfig, unknown>>({ ...head, ...display }) as GadgetConfig;
  // What the dashboard stores must fit too (a migrated or normalised configuration is rarely larger).
  if (jsonLength(config) > CONFIG_BOUNDS.chars)
    return { ok: false, errors: [{ path: 'config', said: said('config.tooBig', { max: CONFIG_BOUNDS.chars }) }] };
  return { ok: true, config };
}

/** A pinned locale: a BCP 47 tag Intl supports ("de-DE"), stored in its canonical form; absent = the viewer's own. */
function parseLocale(c: Checker, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // A BCP 47 tag only: Jira's spelling ("de_DE") is not one.
  const tag = typeof value === 'string' && value.length <= LIMITS.locale && !value.includes('_') ? supportedLocale(value) : undefined;
  return tag ?? c.fail('locale', 'config.locale');
}

function parseRefresh(c: Checker, value: unknown): number | undefined {
  if (value === undefined || value === null || value === 0) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS.refreshMinutes) {
    return c.fail('refresh', 'config.refresh', { max: String(LIMITS.refreshMinutes) });
  }
  return value;
}

const EXCESS_MESSAGE = { chars: 'config.tooBig', keys: 'config.tooManyKeys', depth: 'config.tooDeep' } as const;

function versionError(what: Said): ValidationResult {
  return { ok: false, errors: [{ path: 'version', said: what }] };
}
