/**
 * Status cards (error / empty / loading): an icon built from shapes, a one-line message and an
 * optional detail line, centred below the usual title row, at the height of the gadget they stand in for.
 */
import { el, type SvgElement } from './svg';
import { canvasWidth, padding, root, textEl, titleRow } from './frame';
import { cleanText, fitText } from './text';
import { palette, type Palette } from './theme';
import type { GadgetKind, RenderOptions, StatusSpec } from './types';
import { arcPath } from './geometry';
import { kindHeight } from './layout';

const ICON = 28;

function icon(state: StatusSpec['state'], cx: number, cy: number, p: Palette): SvgElement {
  const r = ICON / 2;
  if (state === 'error') {
    return el(
      'g',
      {},
      el('circle', { cx, cy, r, fill: p.named.red }),
      el('rect', { x: cx - 1.5, y: cy - 8, width: 3, height: 10, rx: 1.5, fill: p.surface }),
      el('circle', { cx, cy: cy + 6, r: 1.75, fill: p.surface }),
    );
  }
  if (state === 'loading') {
    return el(
      'g',
      { fill: 'none', 'stroke-width': 3, 'stroke-linecap': 'round' },
      el('circle', { cx, cy, r: r - 1.5, stroke: p.track }),
      el('path', { d: arcPath(cx, cy, r - 1.5, 0.25, 0.75), stroke: p.named.blue }),
    );
  }
  // empty: three low bars, like a chart with nothing in it
  const bar = (dx: number, h: number) => el('rect', { x: cx + dx - 2.5, y: cy + r - 4 - h, width: 5, height: h, rx: 2, fill: p.named.grey });
  return el('g', {}, el('circle', { cx, cy, r, fill: p.track }), bar(-7, 8), bar(0, 12), bar(7, 5));
}

const STATE_WORDS: Record<StatusSpec['state'], string> = { error: 'Error', empty: 'No data', loading: 'Loading' };

/**
 * A status card. `kind` picks the height of the gadget it replaces (so the card does not jump), taller
 * by the trend row when that gadget has a `trend`; without a kind the card is 120 px or more tall.
 */
export function statusTree(status: StatusSpec, options: RenderOptions = {}, kind?: GadgetKind, trend = false): SvgElement {
  const state = status.state === 'error' || status.state === 'loading' ? status.state : 'empty';
  const p = palette(options.colorMode);
  const width = canvasWidth(options.width);
  const pad = padding(width);
  const title = titleRow(status.title, width, p);
  const height = kindHeight(kind ?? status.kind, width, title.node !== null, trend);
  const message = cleanText(status.message) || STATE_WORDS[state];
  const detail = cleanText(status.detail);
  const block = ICON + 10 + 14 + (detail ? 20 : 0);
  const space = height - pad - title.bottom;
  let body: SvgElement[];
  if (space >= block + 8) {
    // Roomy: icon above, message and detail centred under it.
    const top = title.bottom + (space - block) / 2;
    const cx = width / 2;
    const msg = fitText(message, width - 2 * pad, 14, 12, 600);
    const det = detail ? fitText(detail, width - 2 * pad, 12, 11) : null;
    body = [
      icon(state, cx, top + ICON / 2, p),
      textEl(msg.text, { x: cx, y: top + ICON + 10 + 11, size: msg.size, weight: 600, fill: p.text, anchor: 'middle' }),
      ...(det ? [textEl(det.text, { x: cx, y: top + ICON + 10 + 14 + 17, size: det.size, fill: p.subtle, anchor: 'middle' })] : []),
    ];
  } else {
    // Short (a progress bar's height): icon on the left, the lines beside it.
    const mid = title.bottom + space / 2;
    const x = pad + ICON + 10;
    const msg = fitText(message, width - pad - x, 14, 12, 600);
    const det = detail ? fitText(detail, width - pad - x, 12, 11) : null;
    body = [
      icon(state, pad + ICON / 2, mid, p),
      textEl(msg.text, { x, y: det ? mid - 3 : mid + 5, size: msg.size, weight: 600, fill: p.text }),
      ...(det ? [textEl(det.text, { x, y: mid + 13, size: det.size, fill: p.subtle })] : []),
    ];
  }
  const words = [cleanText(status.title), `${message}${detail ? `. ${detail}` : ''}`].filter(Boolean).join(': ');
  return root(
    { width, height, label: words, palette: p, background: options.background },
    title.node,
    body,
  );
}
