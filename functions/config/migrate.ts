/**
 * Migration of stored configurations to the current version, before validation. Version 1 → 2:
 * `{type: 'sum', fieldId}` becomes `{type: 'aggregate', op: 'sum', fieldId}`; everything else is
 * carried over as it is (v2 only adds optional settings).
 */
import type { Checker, Obj } from './checker';
import type { GadgetConfigV2, Metric } from './types';
import type { GadgetConfigV1 } from './types-v1';

/** Top-level settings of version 1. */
const V1_KEYS = [
  'version',
  'kind',
  'title',
  'label',
  'source',
  'metric',
  'min',
  'max',
  'target',
  'thresholds',
  'higherIsBetter',
  'format',
  'compare',
  'refresh',
] as const;
const V1_METRICS = ['count', 'sum', 'ratio'];

/**
 * A raw version-1 object → a raw version-2 object (still to be validated). Settings version 1 did
 * not have are reported on `c` rather than silently accepted.
 */
export function migrateRawV1(c: Checker, raw: Obj): Obj {
  c.unknownKeys(raw, V1_KEYS, '');
  const out: Obj = { ...raw, version: 2 };
  const metric = raw.metric;
  if (typeof metric === 'object' && metric !== null && !Array.isArray(metric)) {
    const m = metric as Obj;
    if (typeof m.type === 'string' && !V1_METRICS.includes(m.type)) {
      c.oneOf(m.type, V1_METRICS, 'metric.type', 'field.calculation');
    }
    if (m.type === 'sum') {
      const { type: _type, ...rest } = m;
      out.metric = { type: 'aggregate', op: 'sum', ...rest };
    }
  }
  return out;
}

/** The typed migration of a valid version-1 configuration (what `validate` does to stored v1 configs). */
export function migrateV1(config: GadgetConfigV1): GadgetConfigV2 {
  const metric: Metric = config.metric.type === 'sum' ? { type: 'aggregate', fieldId: config.metric.fieldId, op: 'sum' } : config.metric;
  return { ...config, version: 2, metric };
}
