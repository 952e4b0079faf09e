/**
 * Status cards (error / empty / loading / waiting): an icon built from shapes, a message and an optional
 * detail, centred below the usual title row, at the height of the gadget they stand in for, or taller
 * when the whole message needs more lines than that height holds (up to a bound of lines; only past it
 * an ellipsis, the full text staying in the accessible name).
 */
import { wordsOf } from './spoken';
import { el, type SvgElement } from './svg';
import { canvasWidth, padding, root, textEl, titleRow } from './frame';
import { cleanText, wrapText } from './text';
import { palette, type Palette } from './theme';
import type { GadgetKind, RenderOptions, StatusSpec } from './types';
import { arcPath } from './geometry';
import { kindHeight } from './layout';
import type { MessageKey } from '../i18n/index';

const ICON = 28;
/** Distance between the baselines of wrapped message lines and of wrapped detail lines. */
const MESSAGE_LINE = 17;
const DETAIL_LINE = 15;
/** At most this many lines of message and of detail; past them the last line ends in an ellipsis. */
const MESSAGE_LINES = 4;
const DETAIL_LINES = 4;
/** The short layout's lines beside the icon: at most this many of the detail. */
const SHORT_DETAIL_LINES = 3;

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
  if (state === 'waiting') {
    // A clock face in the quiet grey of the track: nothing to fix, it passes by itself.
    return el(
      'g',
      { fill: 'none', stroke: p.subtle, 'stroke-width': 2, 'stroke-linecap': 'round' },
      el('circle', { cx, cy, r: r - 1 }),
      el('path', { d: `M${cx} ${cy - 8}V${cy}L${cx + 6} ${cy + 4}` }),
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
  const bar = (dx: number, h: number) =>
    el('rect', { x: cx + dx - 2.5, y: cy + r - 4 - h, width: 5, height: h, rx: 2, fill: p.named.grey });
  return el('g', {}, el('circle', { cx, cy, r, fill: p.track }), bar(-7, 8), bar(0, 12), bar(7, 5));
}

const STATE_WORDS: Record<StatusSpec['state'], MessageKey> = {
  error: 'state.error',
  empty: 'state.empty',
  loading: 'state.loading',
  waiting: 'state.waiting',
};

/**
 * A status card. `kind` picks the height of the gadget it replaces (so the card does not jump), taller
 * by the trend row when that gadget has a `trend`; without a kind the card is 120 px or more tall.
 */
export function statusTree(status: StatusSpec, options: RenderOptions = {}, kind?: GadgetKind, trend = false): SvgElement {
  const state = status.state === 'error' || status.state === 'loading' || status.state === 'waiting' ? status.state : 'empty';
  const t = wordsOf(options);
  const p = palette(options.colorMode);
  const width = canvasWidth(options.width);
  const pad = padding(width);
  const title = titleRow(status.title, width, p);
  const least = kindHeight(kind ?? status.kind, width, title.node !== null, trend);
  const message = cleanText(status.message) || t(STATE_WORDS[state]);
  const detail = cleanText(status.detail);
  const block = (messageLines: number, detailLines: number) =>
    ICON + 10 + 14 + (messageLines - 1) * MESSAGE_LINE + (detailLines > 0 ? 20 + (detailLines - 1) * DETAIL_LINE : 0);
  const shortSpace = least - pad - title.bottom;
  let height: number;
  let body: SvgElement[];
  if (shortSpace >= block(1, detail ? 1 : 0) + 8) {
    // Roomy: icon above, message and detail centred under it, wrapped to lines (long German words,
    // Japanese sentences); the card grows when they need more height than the gadget's.
    const cx = width / 2;
    const room = width - 2 * pad;
    const msg = wrapText(message, room, 14, 12, 600, MESSAGE_LINES);
    const det = detail ? wrapText(detail, room, 12, 11, 400, DETAIL_LINES) : null;
    const msgLines = msg.lines;
    const detLines = det ? det.lines : [];
    const detSize = det ? det.size : 0;
    const need = block(msgLines.length, detLines.length);
    height = Math.max(least, Math.ceil(title.bottom + need + 8 + pad));
    const space = height - pad - title.bottom;
    const top = title.bottom + (space - need) / 2;
    const detailTop = top + ICON + 10 + 14 + (msgLines.length - 1) * MESSAGE_LINE + 17;
    body = [
      icon(state, cx, top + ICON / 2, p),
      ...msgLines.map((line, i) =>
        textEl(line, { x: cx, y: top + ICON + 10 + 11 + i * MESSAGE_LINE, size: msg.size, weight: 600, fill: p.text, anchor: 'middle' }),
      ),
      ...detLines.map((line, i) =>
        textEl(line, { x: cx, y: detailTop + i * DETAIL_LINE, size: detSize, fill: p.subtle, anchor: 'middle' }),
      ),
    ];
  } else {
    // Short (a progress bar's height): icon on the left, the lines beside it; the card grows when
    // the message and detail need more lines than its height holds.
    const x = pad + ICON + 10;
    const room = width - pad - x;
    const det = detail ? wrapText(detail, room, 12, 11, 400, SHORT_DETAIL_LINES) : null;
    const msg = wrapText(message, room, 14, 12, 600, MESSAGE_LINES);
    const detLines = det ? det.lines : [];
    const count = msg.lines.length + detLines.length;
    const gap = count > 2 ? 15 : 16;
    height = Math.max(least, Math.ceil(title.bottom + (count - 1) * gap + 20 + pad));
    const mid = title.bottom + (height - pad - title.bottom) / 2;
    const first = mid - ((count - 1) * gap) / 2 + 5;
    body = [
      icon(state, pad + ICON / 2, mid, p),
      ...msg.lines.map((line, i) => textEl(line, { x, y: first + i * gap, size: msg.size, weight: 600, fill: p.text })),
      ...detLines.map((line, i) => textEl(line, { x, y: first + (msg.lines.length + i) * gap, size: det ? det.size : 0, fill: p.subtle })),
    ];
  }
  const text = detail ? t('status.a11yDetail', { message, detail }) : message;
  const titleText = cleanText(status.title);
  return root(
    { width, height, label: titleText ? t('a11y.titled', { title: titleText, text }) : text, palette: p, background: options.background },
    title.node,
    body,
  );
}
