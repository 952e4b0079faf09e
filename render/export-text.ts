/**
 * Text handling of the portable export: the inherited text style of an element, splitting a
 * `<text>` into runs (one per `<tspan>`) and SVG's whitespace rules.
 */
import { el, stripIllegalXml, type AttrValue, type SvgElement } from './svg';

/** The text properties that decide where and how glyphs are drawn (inherited down the tree). */
export interface TextStyle {
  size: number;
  weight: number;
  anchor: 'start' | 'middle' | 'end';
  baseline: 'alphabetic' | 'middle' | 'central';
  direction: 'ltr' | 'rtl';
  letterSpacing: number;
}

/** SVG's initial values (font-size 16 is the CSS `medium`). */
export const INITIAL_STYLE: TextStyle = {
  size: 16,
  weight: 400,
  anchor: 'start',
  baseline: 'alphabetic',
  direction: 'ltr',
  letterSpacing: 0,
};

/**
 * Attributes that only affect text layout or font choice. They are consumed by the export and
 * removed from every element of the portable tree (so no font reference survives).
 */
// eslint-disable-next-line no-restricted-syntax -- a constant
const TEXT_ONLY_ATTRS = new Set([
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-size-adjust',
  'font',
  'kerning',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'text-rendering',
  'text-decoration',
  'xml:space',
  'textLength',
  'lengthAdjust',
]);

/** Attributes that position characters of `<text>`/`<tspan>`; dropped from the outlines. */
// eslint-disable-next-line no-restricted-syntax -- a constant
const POSITION_ATTRS = new Set(['x', 'y', 'dx', 'dy', 'rotate']);

function numberAttr(value: AttrValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const n = Number.parseFloat(value.trim().split(/[\s,]+/)[0] ?? '');
  return Number.isFinite(n) ? n : undefined;
}

function weightAttr(value: AttrValue, inherited: number): number {
  if (value === 'normal') return 400;
  if (value === 'bold') return 700;
  if (value === 'bolder') return Math.min(900, inherited + 300);
  if (value === 'lighter') return Math.max(100, inherited - 300);
  const n = numberAttr(value);
  return n !== undefined && n >= 1 && n <= 1000 ? n : inherited;
}

/** The style of `element` given its parent's style (unknown or invalid values inherit). */
export function styleOf(element: SvgElement, parent: TextStyle): TextStyle {
  const a = element.attrs;
  const size = numberAttr(a['font-size']);
  const spacing = numberAttr(a['letter-spacing']);
  const anchor = a['text-anchor'];
  const baseline = a['dominant-baseline'];
  const direction = a.direction;
  return {
    size: size !== undefined && size > 0 ? size : parent.size,
    weight: a['font-weight'] === undefined ? parent.weight : weightAttr(a['font-weight'], parent.weight),
    anchor: anchor === 'start' || anchor === 'middle' || anchor === 'end' ? anchor : parent.anchor,
    baseline:
      baseline === 'middle' || baseline === 'central'
        ? baseline
        : baseline === 'auto' || baseline === 'alphabetic'
          ? 'alphabetic'
          : parent.baseline,
    direction: direction === 'rtl' || direction === 'ltr' ? direction : parent.direction,
    letterSpacing: a['letter-spacing'] === 'normal' ? 0 : (spacing ?? parent.letterSpacing),
  };
}

/** A stretch of characters with one style; `x`/`y` set when the run starts a new text chunk. */
export interface Run {
  text: string;
  style: TextStyle;
  /** Non-text attributes of the `<tspan>` the run comes from (fill, opacity…); empty for `<text>` itself. */
  attrs: Record<string, AttrValue>;
  x?: number;
  y?: number;
  dx: number;
  dy: number;
}

/** Non-text attributes of an element (what an outline keeps of a `<text>`/`<tspan>`). */
export function paintAttrs(element: SvgElement): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [key, value] of Object.entries(element.attrs)) {
    if (!TEXT_ONLY_ATTRS.has(key) && !POSITION_ATTRS.has(key)) out[key] = value;
  }
  return out;
}

/**
 * Splits a `<text>` into runs in document order. The position attributes of an element apply to
 * its first run; nested `<tspan>`s inherit style and paint. Other children (e.g. `<title>`) are skipped.
 */
export function collectRuns(text: SvgElement, style: TextStyle): Run[] {
  const runs: Run[] = [];
  const visit = (node: SvgElement, inherited: TextStyle, attrs: Record<string, AttrValue>, own: boolean): void => {
    const s = own ? inherited : styleOf(node, inherited);
    const paint = own ? {} : { ...attrs, ...paintAttrs(node) };
    let pending: Pick<Run, 'x' | 'y' | 'dx' | 'dy'> | undefined = {
      x: numberAttr(node.attrs.x),
      y: numberAttr(node.attrs.y),
      dx: numberAttr(node.attrs.dx) ?? 0,
      dy: numberAttr(node.attrs.dy) ?? 0,
    };
    for (const child of node.children) {
      if (child.type === 'text') {
        runs.push({ text: child.value, style: s, attrs: paint, ...(pending ?? { dx: 0, dy: 0 }) });
        pending = undefined;
      } else if (child.name === 'tspan') {
        if (pending && (pending.x !== undefined || pending.y !== undefined || pending.dx || pending.dy)) {
          runs.push({ text: '', style: s, attrs: paint, ...pending });
        }
        pending = undefined;
        visit(child, s, paint, false);
      }
    }
  };
  visit(text, style, {}, true);
  return runs;
}

/** Invisible format characters (bidi controls, BOM, soft hyphen…) except the joiners emoji sequences need. */
const FORMAT = /(?![\u200C\u200D])\p{Cf}/gu;

/**
 * Applies SVG's default whitespace handling (`xml:space="default"`) across the runs of one
 * `<text>`: newlines removed, tabs become spaces, leading and trailing spaces dropped,
 * consecutive spaces (also across runs) collapsed into one. Invisible format characters (e.g. the
 * bidi embedding marks of RTL titles) are removed: they have no glyph to outline. Lone surrogates
 * and the other characters XML forbids go first, with render/svg.ts's own {@link stripIllegalXml}
 * (what writing the SVG removes), so the outlines show what the live text shows: halves of an
 * emoji around other text ("\uD83D:\uDE00") never meet again as "😀".
 */
export function normaliseRuns(runs: readonly Run[]): Run[] {
  let previousSpace = true;
  const out = runs.map((run) => {
    let text = '';
    for (const ch of stripIllegalXml(run.text)
      .replace(/[\r\n]/g, '')
      .replace(/\t/g, ' ')
      .replace(FORMAT, '')) {
      if (ch === ' ' && previousSpace) continue;
      text += ch;
      previousSpace = ch === ' ';
    }
    return { ...run, text };
  });
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i].text === '') continue;
    out[i] = { ...out[i], text: out[i].text.replace(/ $/, '') };
    break;
  }
  return out;
}

/** A shaped run at its pen position. */
interface Placed<O extends { width: number }> {
  run: Run;
  outline: O;
  x: number;
  y: number;
}

/**
 * Positions runs in text chunks (a run with its own x or y starts a chunk) and applies the anchor;
 * `outline.width` is the advance at font size `refSize`.
 */
export function place<O extends { width: number }>(shaped: readonly { run: Run; outline: O }[], refSize: number): Placed<O>[] {
  const placed: Placed<O>[] = [];
  let penX = 0;
  let penY = 0;
  let chunk: Placed<O>[] = [];
  let chunkStart = 0;
  let anchor: TextStyle['anchor'] = 'start';
  const flush = (): void => {
    const width = penX - chunkStart;
    const shift = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
    for (const p of chunk) placed.push({ ...p, x: p.x + shift });
    chunk = [];
  };
  for (const [i, { run, outline }] of shaped.entries()) {
    if (i === 0 || run.x !== undefined || run.y !== undefined) {
      flush();
      if (run.x !== undefined) penX = run.x;
      if (run.y !== undefined) penY = run.y;
      chunkStart = penX;
      const a = run.style.anchor;
      anchor = run.style.direction === 'rtl' ? (a === 'start' ? 'end' : a === 'end' ? 'start' : a) : a;
    }
    penX += run.dx;
    penY += run.dy;
    if (i === 0 || run.x !== undefined) chunkStart = penX;
    chunk.push({ run, outline, x: penX, y: penY });
    penX += (outline.width * run.style.size) / refSize;
  }
  flush();
  return placed;
}

/**
 * The `<text>` kept as live text: its own attributes and children, with the text style it inherited
 * written on it (the portable tree has no text attributes elsewhere) and a font stack.
 */
export function liveText(text: SvgElement, style: TextStyle, family: AttrValue): SvgElement {
  return el(
    'text',
    {
      ...text.attrs,
      'font-family': family,
      'font-size': style.size,
      'font-weight': style.weight,
      'text-anchor': style.anchor === 'start' ? undefined : style.anchor,
      'dominant-baseline': style.baseline === 'alphabetic' ? undefined : style.baseline,
      direction: style.direction === 'rtl' ? 'rtl' : undefined,
      'letter-spacing': style.letterSpacing || undefined,
    },
    text.children,
  );
}

/** Vertical metrics at the export's reference size, measured from satori's output (so they match its layout). */
export interface Metrics {
  /** y of the alphabetic baseline within the line box. */
  baseline: number;
  /** Height of the line box (ascent + descent). */
  lineHeight: number;
  xHeight: number;
}

/** Where the alphabetic baseline sits relative to `y` for a `dominant-baseline`, in the units of `m`. */
export function baselineShift(style: TextStyle, m: Metrics): number {
  if (style.baseline === 'middle') return m.xHeight / 2;
  if (style.baseline === 'central') return m.baseline - m.lineHeight / 2;
  return 0;
}

/** `attrs` without the text-only attributes (what every element of the portable tree keeps). */
export function withoutTextAttrs(attrs: Readonly<Record<string, AttrValue>>): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [key, value] of Object.entries(attrs)) if (!TEXT_ONLY_ATTRS.has(key)) out[key] = value;
  return out;
}
