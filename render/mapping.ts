/**
 * Value mappings (an exact value shown as words, e.g. 0 → "All clear") and the configurable
 * no-value text.
 */
import { cleanText } from './text';
import type { RenderSpec } from './types';
import type { Translate } from '../i18n/index';

/** At most this many mappings are considered (the first ones given). */
const MAX_MAPPINGS = 20;

/** The words mapped to exactly `value` (first match wins), or undefined. Empty texts do not map. */
export function mappedText(value: number, mappings: RenderSpec['mappings']): string | undefined {
  if (!Array.isArray(mappings) || !Number.isFinite(value)) return undefined;
  for (const m of mappings.slice(0, MAX_MAPPINGS)) {
    if (!m || typeof m !== 'object' || m.value !== value) continue;
    const text = cleanText(m.text);
    if (text) return text;
  }
  return undefined;
}

/** The message of the "no value" card: the spec's text, else "No data" in the card's language. */
export function noValueText(spec: RenderSpec, t: Translate): string {
  return cleanText(spec.noValueText) || t('state.empty');
}
