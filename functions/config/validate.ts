/**
 * Validation of a gadget configuration, stored or draft: `validate(unknown)` migrates older versions
 * (see migrate.ts) and returns the normalised current config, or every bad field with a message a
 * Jira user understands and a dotted path (`metric.variables.1.source.jql`). Never throws.
 */
import { Checker, strip, type Obj } from './checker';
import { parseCompare, parseExpected, parseFormat, parseMappings, parseThresholds, parseTrend } from './display';
import { CURRENT_VERSION, LIMITS } from './limits';
import { parseMetric, parseSource } from './metric';
import { migrateRawV1 } from './migrate';
import type { FieldError, GadgetConfig } from './types';
import { CONFIG_KEYS, GADGET_KINDS, PALETTES } from './vocabulary';

export type ValidationResult = { ok: true; config: GadgetConfig } | { ok: false; errors: FieldError[] };

/** Validates and normalises a configuration of any supported version; see the README's config reference. */
export function validate(input: unknown): ValidationResult {
  const c = new Checker();
  let root = c.object(input, 'config', 'The configuration');
  if (!root) return { ok: false, errors: c.errors };
  const version = root.version;
  if (version === undefined) {
    return versionError('This configuration has no version, so Glance cannot read it. Edit the gadget and save it again.');
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    return versionError(
      `This configuration was made by a newer Glance (version ${version}); this one reads versions 1 to ${CURRENT_VERSION}. ` +
        'Update the app or save the gadget again.',
    );
  }
  if (version === 1) root = migrateRawV1(c, root);
  else if (version !== CURRENT_VERSION) {
    return versionError(`Unknown configuration version ${JSON.stringify(version)}; Glance reads versions 1 to ${CURRENT_VERSION}.`);
  } else c.unknownKeys(root, CONFIG_KEYS, '');
  return parseV2(c, root);
}

/** Alias of {@link validate} under the resolver's name. */
export const validateConfig = validate;

function parseV2(c: Checker, root: Obj): ValidationResult {
  const kind = c.oneOf(root.kind, GADGET_KINDS, 'kind', 'The gadget type');
  const title = c.optString(root, 'title', '', LIMITS.title, 'The title');
  const label = c.optString(root, 'label', '', LIMITS.label, 'The label');
  const source = parseSource(c, root.source, 'source');
  const metric = parseMetric(c, root.metric, 'metric');
  const min = c.optNumber(root, 'min', '', 'The minimum');
  const max = c.optNumber(root, 'max', '', 'The maximum');
  const target = c.optNumber(root, 'target', '', 'The target');
  if (min !== undefined && max !== undefined && min >= max) c.fail('max', 'The maximum must be greater than the minimum.');
  const present = (key: string) => root[key] !== undefined && root[key] !== null;
  const thresholds = present('thresholds') ? parseThresholds(c, root.thresholds, 'thresholds') : undefined;
  const higherIsBetter = c.optBoolean(root, 'higherIsBetter', '', '"Higher is better"');
  const format = present('format') ? parseFormat(c, root.format, 'format') : undefined;
  const compare = present('compare') ? parseCompare(c, root.compare, 'compare') : undefined;
  const refresh = parseRefresh(c, root.refresh);
  const trend = present('trend') ? parseTrend(c, root.trend, 'trend') : undefined;
  const expected = present('expected') ? parseExpected(c, root.expected, 'expected') : undefined;
  const mappings = present('mappings') ? parseMappings(c, root.mappings, 'mappings') : undefined;
  const noValueText = c.optString(root, 'noValueText', '', LIMITS.noValueText, 'The no-value text');
  const palette = c.optOneOf(root, 'palette', PALETTES, '', 'The palette');
  const locale = parseLocale(c, root.locale);

  if (kind === 'progress' && metric && metric.type !== 'ratio' && max === undefined) {
    c.fail('max', 'A progress bar of anything but a done ratio needs a maximum (the amount that fills the bar).');
  }
  if (trend && kind === 'progress') {
    c.fail('trend', 'Trends are shown on counters and gauges; remove the trend or choose another gadget type.');
  }
  if (trend && trend.series === 'matching' && metric && !['count', 'aggregate', 'ratio'].includes(metric.type)) {
    const instead = 'choose created, resolved or open issues instead';
    c.fail('trend.series', `A trend of the metric itself works for counts, aggregations and ratios; ${instead}.`);
  }
  if (expected && kind !== undefined && kind !== 'progress') c.fail('expected', 'Expected progress is shown on progress bars only.');
  if (compare && metric?.type === 'formula') {
    c.fail('compare', 'A formula has its own sources, so it cannot be compared with another source; remove the comparison.');
  }

  if (c.errors.length > 0 || !kind || !source || !metric) return { ok: false, errors: c.errors };
  const config: GadgetConfig = { version: 2, kind, source, metric };
  const display = { thresholds, higherIsBetter, format, compare, refresh, trend, expected, mappings, noValueText, palette, locale };
  Object.assign(config, strip({ title, label, min, max, target, ...display }));
  return { ok: true, config };
}

/** A pinned locale: a BCP 47 tag Intl supports ("de-DE"), stored in its canonical form; absent = the viewer's own. */
function parseLocale(c: Checker, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const bad = () =>
    c.fail('locale', 'The locale must be a language tag such as de-DE, en-GB or ja (leave it empty to use each viewer\'s Jira language).');
  if (typeof value !== 'string' || value.length > LIMITS.locale) return bad();
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    return tag && Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : bad();
  } catch {
    return bad(); // RangeError: not a well-formed tag (e.g. Jira's "de_DE")
  }
}

function parseRefresh(c: Checker, value: unknown): number | undefined {
  if (value === undefined || value === null || value === 0) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS.refreshMinutes) {
    return c.fail('refresh', `Auto-refresh must be a whole number of minutes from 0 (off) to ${LIMITS.refreshMinutes}.`);
  }
  return value;
}

function versionError(message: string): ValidationResult {
  return { ok: false, errors: [{ path: 'version', message }] };
}
