/**
 * The parts every gadget shares: the canonical width, padding, the root `<svg>` with its
 * accessible name and background, and the title row.
 */
import { el, type Child, type SvgElement } from './svg';
import { cleanText, fitText, isRtl, type FontWeight } from './text';
import type { Palette } from './theme';

/** Font stack, as a presentation attribute (Inter first; metrics come from Inter). */
export const FONT_FAMILY = "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif";
export const MIN_WIDTH = 160;
export const MAX_WIDTH = 1200;
export const DEFAULT_WIDTH = 320;
/** Title font size and the height of the title row. */
export const TITLE_SIZE = 14;
/** Longest accessible label kept, in code points. */
const MAX_LABEL = 400;

/** The viewBox width for a requested pixel width: rounded and clamped to 160–1200 (320 when unset). */
export function canvasWidth(width: number | undefined): number {
  if (typeof width !== 'number' || !Number.isFinite(width)) return DEFAULT_WIDTH;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));
}

/** Inner padding for a canvas width (8 px at 160, 16 px from 320). */
export function padding(width: number): number {
  return Math.round(Math.min(16, Math.max(8, width / 20)));
}

/** Cuts an accessible label to a sane length. */
function labelText(label: string): string {
  const chars = Array.from(label);
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : label;
}

/**
 * The root element: `viewBox`, `width="100%"`, `role="img"`, `aria-label`, a `<title>` first, the
 * surface rectangle unless the background is 'transparent' (so an exported SVG reads the same on any
 * page), then `children`.
 */
/** Size, accessible name and background of a root element. */
export interface Frame {
  width: number;
  height: number;
  label: string;
  palette: Palette;
  background?: 'surface' | 'transparent';
}

export function root(frame: Frame, ...children: Child[]): SvgElement {
  const { width, height, palette: p } = frame;
  const name = labelText(frame.label);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width: '100%',
      role: 'img',
      'aria-label': name,
      'font-family': FONT_FAMILY,
    },
    el('title', {}, name),
    frame.background !== 'transparent' && el('rect', { width, height, rx: 8, fill: p.surface }),
    ...children,
  );
}

/** Attributes of a text element. */
export interface TextAttrs {
  x: number;
  y: number;
  size: number;
  fill: string;
  weight?: FontWeight;
  anchor?: 'start' | 'middle' | 'end';
}

/** A `<text>` with presentation attributes only. */
export function textEl(value: Child, a: TextAttrs): SvgElement {
  return el(
    'text',
    {
      x: a.x,
      y: a.y,
      'font-size': a.size,
      'font-weight': a.weight === 600 ? 600 : undefined,
      fill: a.fill,
      'text-anchor': a.anchor && a.anchor !== 'start' ? a.anchor : undefined,
    },
    value,
  );
}

/** The title row: the title fitted into the width (right-aligned for RTL titles). */
export interface TitleRow {
  node: SvgElement | null;
  /** Bottom of the row (top of the content). */
  bottom: number;
}

/** Builds the title row; without a title the content starts at the padding. */
export function titleRow(title: string | undefined, width: number, p: Palette): TitleRow {
  const pad = padding(width);
  const clean = cleanText(title);
  if (!clean) return { node: null, bottom: pad };
  const fit = fitText(clean, width - 2 * pad, TITLE_SIZE, 12, 600);
  const y = pad + 13;
  if (isRtl(clean)) {
    // Right-aligned, wrapped in RLE…PDF so mixed text orders as RTL. No `direction` attribute:
    // renderers disagree on what text-anchor means under it, while the embedding works everywhere.
    return { node: textEl(`\u202B${fit.text}\u202C`, { x: width - pad, y, size: fit.size, weight: 600, fill: p.text, anchor: 'end' }), bottom: y + 10 };
  }
  return { node: textEl(fit.text, { x: pad, y, size: fit.size, weight: 600, fill: p.text }), bottom: y + 10 };
}
