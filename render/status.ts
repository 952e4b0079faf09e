/**
 * Status cards (error / empty / loading / waiting): an icon built from shapes, a one-line message and an
 * optional detail line, centred below the usual title row, at the height of the gadget they stand in for.
 */
import { wordsOf } from './words';
import { el, type SvgElement } from './svg';
import { canvasWidth, padding, root, textEl, titleRow } from './frame';
import { cleanText, fitText, wrapText } from './text';
import { palette, type Palette } from './theme';
import type { GadgetKind, RenderOptions, StatusSpec } from './types';
import { arcPath } from './geometry';
import { kindHeight } from './layout';
import type { MessageKey } from '../i18n/index';

const ICON = 28;
/** Distance between the baselines of wrapped message lines and of wrapped detail lines. */
const MESSAGE_LINE = 17;
const DETAIL_LINE = 15;
/** Height the short layout needs for three lines beside the icon. */
const SHORT_THREE_LINES = 44;

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
  const height = kindHeight(kind ?? status.kind, width, title.node !== null, trend);
  const message = cleanText(status.message) || t(STATE_WORDS[state]);
  const detail = cleanText(status.detail);
  const block = (messageLines: number, detailLines: number) =>
    ICON + 10 + 14 + (messageLines - 1) * MESSAGE_LINE + (detailLines > 0 ? 20 + (detailLines - 1) * DETAIL_LINE : 0);
  const space = height - pad - title.bottom;
  let body: SvgElement[];
  if (space >= block(1, detail ? 1 : 0) + 8) {
    // Roomy: icon above, message and detail centred under it, each on up to two lines when the
    // height allows (long German words, Japanese sentences).
    const cx = width / 2;
    const room = width - 2 * pad;
    let msg = wrapText(message, room, 14, 12, 600, 2);
    let det = detail ? wrapText(detail, room, 12, 11, 400, 2) : null;
    const fits = () => space >= block(msg.lines.length, det ? det.lines.length : 0) + 8;
    // Fewer lines when the card is too short for both: the detail gives way first.
    if (!fits() && det) det = wrapText(detail, room, 12, 11, 400, 1);
    if (!fits()) msg = wrapText(message, room, 14, 12, 600, 1);
    const msgLines = msg.lines;
    const detLines = det ? det.lines : [];
    const detSize = det ? det.size : 0;
    const top = title.bottom + (space - block(msgLines.length, detLines.length)) / 2;
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
    // Short (a progress bar's height): icon on the left, the lines beside it; a message that does
    // not fit on one line takes two when the height allows three lines in all.
    const mid = title.bottom + space / 2;
    const x = pad + ICON + 10;
    const room = width - pad - x;
    const det = detail ? fitText(detail, room, 12, 11) : null;
    const msg = wrapText(message, room, 14, 12, 600, space >= SHORT_THREE_LINES ? 2 : 1);
    const count = msg.lines.length + (det ? 1 : 0);
    const gap = count > 2 ? 14 : 16;
    const first = mid - ((count - 1) * gap) / 2 + 5;
    body = [
      icon(state, pad + ICON / 2, mid, p),
      ...msg.lines.map((line, i) => textEl(line, { x, y: first + i * gap, size: msg.size, weight: 600, fill: p.text })),
      ...(det ? [textEl(det.text, { x, y: first + msg.lines.length * gap, size: det.size, fill: p.subtle })] : []),
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
