/**
 * Public API of the render core: `render(spec, reading, options)` and `renderStatus(status, options)`
 * return complete SVG strings; the `*Tree` variants return the element tree (used by the portable export).
 *
 * Pure: no I/O, no clock, no randomness: the same input always gives the same bytes.
 */
import { wordsOf } from './spoken';
import { toSvgString, type SvgElement } from './svg';
import { gaugeTree } from './gauge';
import { counterTree } from './counter';
import { progressTree } from './progress';
import { statusTree } from './status';
import { normaliseReading, normaliseSpec, normaliseStatus } from './normalise';
import type { Reading, RenderOptions, RenderSpec, StatusSpec } from './types';

export type * from './types';
export type { SvgElement, SvgNode } from './svg';

/**
 * Element tree of a gadget render. An unusable reading (no value, a bad scale, a zero total)
 * gives a status card of the same size instead; an unknown kind gives an error card.
 */
export function renderTree(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): SvgElement {
  const unknown = () => wordsOf(options)('status.unknownKind');
  if (!spec || typeof spec !== 'object') return statusTree({ state: 'error', message: unknown() }, options);
  const safeSpec = normaliseSpec(spec);
  const safeReading = normaliseReading(reading);
  switch (safeSpec.kind) {
    case 'gauge':
      return gaugeTree(safeSpec, safeReading, options);
    case 'counter':
      return counterTree(safeSpec, safeReading, options);
    case 'progress':
      return progressTree(safeSpec, safeReading, options);
    default:
      return statusTree({ state: 'error', message: unknown(), title: safeSpec.title }, options);
  }
}

/**
 * Complete SVG string of a gadget render.
 *
 * @example render({ kind: 'gauge', title: 'Sprint done' }, { value: 42, min: 0, max: 100 }, { colorMode: 'dark', width: 320 })
 */
export function render(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): string {
  return toSvgString(renderTree(spec, reading, options));
}

/** Element tree of a status card (error / empty / loading). */
export function renderStatusTree(status: StatusSpec, options: RenderOptions = {}): SvgElement {
  return statusTree(normaliseStatus(status), options);
}

/** Complete SVG string of a status card (error / empty / loading), sized like `status.kind` when given. */
export function renderStatus(status: StatusSpec, options: RenderOptions = {}): string {
  return toSvgString(renderStatusTree(status, options));
}
