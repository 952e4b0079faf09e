/**
 * The parts every gadget shares: the canonical width, padding, the root `<svg>` with its
 * accessible name and background, and the title row.
 */
import { el, type Child, type SvgElement } from './svg';
import { cleanText, fitText, isRtl, textWidth, type FontWeight } from './text';
import type { Palette } from './theme';
import type { Reading } from './types';
import type { Translate } from '../i18n/index';

/** Font stack, as a presentation attribute (Inter first; metrics come from Inter). */
const FONT_FAMILY = "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif";
const MIN_WIDTH = 160;
const MAX_WIDTH = 1200;
export const DEFAULT_WIDTH = 320;
/** Title font size and the height of the title row. */
const TITLE_SIZE = 14;
/** Font size of the title row's note. */
const NOTE_SIZE = 11;
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

/** Size, accessible name and background of a root element. */
export interface Frame {
  width: number;
  height: number;
  label: string;
  palette: Palette;
  background?: 'surface' | 'transparent';
  /** The gadget has keyboard stops (render/parts.ts): the root is a named group, not an image. */
  parts?: boolean;
}

/**
 * The root element: `viewBox`, `width="100%"`, `role="img"` (`"group"` with keyboard parts), `aria-label`, a `<title>` first, the
 * surface rectangle unless the background is 'transparent' (so an exported SVG reads the same on any
 * page), then `children`.
 */
export function root(frame: Frame, ...children: Child[]): SvgElement {
  const { width, height, palette: p } = frame;
  const name = labelText(frame.label);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width: '100%',
      role: frame.parts ? 'group' : 'img',
      'aria-label': name,
      'font-family': FONT_FAMILY,
    },
    el('title', {}, name),
    frame.background !== 'transparent' && el('rect', { width, height, rx: 8, fill: p.surface }),
    ...children,
  );
}

/** Attributes of a text element. */
interface TextAttrs {
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

/**
 * The first note candidate that fits at 11 px down to 9 px; when none does, the last one's count
 * alone ("5,000 issues"), never a cut number.
 */
function fitNote(notes: readonly string[], room: number): { text: string; size: number } {
  for (const note of notes) {
    const fit = fitText(note, room, NOTE_SIZE, NOTE_SIZE - 2);
    if (!fit.truncated) return fit;
  }
  return fitText((notes[notes.length - 1] ?? '').replace(/^\D+/, ''), room, NOTE_SIZE, NOTE_SIZE - 2);
}

/** What the title row's note says about the value: how much of Jira it covers, and how it was counted. */
interface TitleNote {
  /** Candidates for the title row, the fullest first, e.g. ["first 2,200 issues · days in UTC", "first 2,200 issues"]. */
  notes: string[];
  /** For the accessible label, e.g. "from the first 2,200 issues". */
  words: string;
}

/**
 * The note of a reading: the coverage of a partial value that says how many issues it covers,
 * whether its counts are estimates that disagree, and whether its days are counted in UTC for want
 * of the viewer's zone; undefined when there is nothing to say. (A picture kept while Jira struggles
 * is marked by the gadget view beside it, not here: static/view/keep.ts.)
 */
export function titleNote(reading: Reading, t: Translate): TitleNote | undefined {
  const n = reading.covered;
  const count = reading.partial && typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
  const covered = count !== undefined ? t('coverage.note', { count }) : undefined;
  const estimated = reading.estimated === true ? t('estimate.note') : undefined;
  const utc = reading.zoneUnknown === true ? t('zone.note') : undefined;
  const parts = [covered, estimated, utc].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return undefined;
  const notes = parts.length > 1 ? [parts.join(' · '), parts[0]] : parts;
  const words = [count !== undefined ? t('coverage.a11y', { count }) : undefined, estimated && t('estimate.a11y'), utc && t('zone.a11y')]
    .filter(Boolean)
    .join('; ');
  return { notes, words };
}

/** The title row: the title fitted into the width (right-aligned for RTL titles). */
interface TitleRow {
  node: SvgElement | null;
  /** Bottom of the row (top of the content). */
  bottom: number;
}

/**
 * Builds the title row; without a title the content starts at the padding. A note (see
 * {@link titleNote}: the coverage of a partial value) sits at the row's other
 * end in small subtle text, and takes the row on its own when there is no title.
 */
export function titleRow(title: string | undefined, width: number, p: Palette, note?: TitleNote): TitleRow {
  const pad = padding(width);
  const clean = cleanText(title);
  if (!clean && !note) return { node: null, bottom: pad };
  const y = pad + 13;
  const rtl = isRtl(clean);
  const noteFit = note ? fitNote(note.notes, (width - 2 * pad) * 0.6) : null;
  const noteNode =
    noteFit && noteFit.text
      ? textEl(noteFit.text, { x: rtl ? pad : width - pad, y, size: noteFit.size, fill: p.subtle, anchor: rtl ? 'start' : 'end' })
      : null;
  const noteRoom = noteNode && noteFit ? textWidth(noteFit.text, noteFit.size) + 8 : 0;
  if (!clean) return { node: noteNode, bottom: y + 10 };
  const fit = fitText(clean, width - 2 * pad - noteRoom, TITLE_SIZE, 12, 600);
  // RTL: right-aligned, wrapped in RLE…PDF so mixed text orders as RTL. No `direction` attribute:
  // renderers disagree on what text-anchor means under it, while the embedding works everywhere.
  const titleNode = rtl
    ? textEl(`\u202B${fit.text}\u202C`, { x: width - pad, y, size: fit.size, weight: 600, fill: p.text, anchor: 'end' })
    : textEl(fit.text, { x: pad, y, size: fit.size, weight: 600, fill: p.text });
  return { node: noteNode ? el('g', {}, titleNode, noteNode) : titleNode, bottom: y + 10 };
}
