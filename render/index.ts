/**
 * Public API of the render core: `render(spec, reading, options)` and `renderStatus(status, options)`
 * return complete SVG strings; the `*Tree` variants return the element tree (used by the portable export).
 *
 * PLACEHOLDER implementation so the backend can be built in parallel; the render core replaces the bodies.
 */
import { el, toSvgString, type SvgElement } from './svg.ts';
import type { Reading, RenderOptions, RenderSpec, StatusSpec } from './types.ts';

export type * from './types.ts';

/** Element tree of a gadget render. */
export function renderTree(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): SvgElement {
  const label = `${spec.title ?? spec.kind}: ${reading.value ?? 'no data'}`;
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 320 160', width: '100%', role: 'img', 'aria-label': label, 'data-theme': options.colorMode ?? 'light' },
    el('title', {}, label), el('text', { x: 160, y: 90, 'text-anchor': 'middle' }, String(reading.value ?? 'no data')));
}

/** Complete SVG string of a gadget render. */
export function render(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): string {
  return toSvgString(renderTree(spec, reading, options));
}

/** Element tree of a status card. */
export function renderStatusTree(status: StatusSpec, options: RenderOptions = {}): SvgElement {
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 320 160', width: '100%', role: 'img', 'aria-label': status.message, 'data-theme': options.colorMode ?? 'light' },
    el('title', {}, status.message), el('text', { x: 160, y: 90, 'text-anchor': 'middle' }, status.message));
}

/** Complete SVG string of a status card (error / empty / loading). */
export function renderStatus(status: StatusSpec, options: RenderOptions = {}): string {
  return toSvgString(renderStatusTree(status, options));
}
