/**
 * The progress bar: the percent done (big) and "21 of 50 done", a rounded bar, and optionally the
 * To Do / In Progress / Done split as stacked segments with a legend. A total of 0 is "No issues".
 */
import { el, type SvgElement } from './svg.ts';
import { canvasWidth, padding, root, textEl, titleRow } from './frame.ts';
import { formatNumber, formatPercent, formatValue } from './format.ts';
import { cleanText, fitText, textWidth } from './text.ts';
import { palette, thresholdState, type Palette } from './theme.ts';
import { statusTree } from './status.ts';
import { progressLayout } from './layout.ts';
import type { Reading, RenderOptions, RenderSpec, Segments } from './types.ts';

/**
 * Percent for display: never "100%" before everything is done and never "0%" once something is:
 * 99.6 → "99%", 0.2 → "<1%".
 */
export function displayPercent(done: number, total: number, locale?: string): string {
  const pct = (done / total) * 100;
  if (pct > 0 && pct < 1) return `<${formatPercent(1, 0, locale)}`;
  if (pct > 99 && pct < 100) return formatPercent(99, 0, locale);
  return formatPercent(Math.round(pct), 0, locale);
}

/** Usable segments: all finite and non-negative with a positive sum. */
function usableSegments(s: Segments | undefined): Segments | null {
  if (!s) return null;
  const parts = [s.todo, s.inProgress, s.done];
  if (!parts.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return null;
  return parts[0] + parts[1] + parts[2] > 0 ? s : null;
}

interface LegendItem {
  name: string;
  count: string;
  color: string;
}

/** Lays legend items out in rows that fit `room`; returns the x of each item and its row. */
function flowLegend(items: LegendItem[], room: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return items.map((item) => {
    const w = 12 + textWidth(`${item.name} ${item.count}`, 12);
    if (x > 0 && x + w > room) {
      row++;
      x = 0;
    }
    const at = { x, row };
    x += w + 14;
    return at;
  });
}

/** A rounded bar from `x` of width `w` (at least its height, so a sliver still shows as a dot). */
function pill(x: number, y: number, w: number, h: number, fill: string): SvgElement {
  return el('rect', { x, y, width: Math.max(h, w), height: h, rx: h / 2, fill });
}

function legendNodes(items: LegendItem[], pad: number, room: number, ys: number[], p: Palette): SvgElement[] {
  return flowLegend(items, room).map((at, i) => {
    const item = items[i];
    const x = pad + at.x;
    const y = ys[at.row];
    return el(
      'g',
      {},
      el('circle', { cx: x + 4, cy: y - 4, r: 4, fill: item.color }),
      el('text', { x: x + 12, y, 'font-size': 12, fill: p.subtle }, `${item.name}\u00A0`, el('tspan', { fill: p.text, 'font-weight': 600 }, item.count)),
    );
  });
}

/** The progress bar's element tree (a status card for a missing or zero total). */
export function progressTree(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): SvgElement {
  const done = reading.value;
  const total = reading.total;
  if (typeof total === 'number' && total === 0) {
    return statusTree({ state: 'empty', message: 'No issues', detail: 'Nothing matches this query yet.', title: spec.title }, options, 'progress');
  }
  if (typeof done !== 'number' || !Number.isFinite(done) || typeof total !== 'number' || !Number.isFinite(total) || total < 0) {
    return statusTree({ state: 'empty', message: 'No data', title: spec.title }, options, 'progress');
  }
  const mode = options.colorMode;
  const p = palette(mode);
  const width = canvasWidth(options.width);
  const pad = padding(width);
  const room = width - 2 * pad;
  const title = titleRow(spec.title, width, p);
  const format = spec.format ?? {};
  const locale = options.locale;
  const label = cleanText(spec.label) || 'done';

  const segments = spec.showSegments ? usableSegments(reading.segments) : null;
  const items: LegendItem[] = segments
    ? [
        { name: 'To Do', count: formatNumber(segments.todo, format, locale), color: p.named.grey },
        { name: 'In Progress', count: formatNumber(segments.inProgress, format, locale), color: p.named.blue },
        { name: 'Done', count: formatNumber(segments.done, format, locale), color: p.named.green },
      ]
    : [];
  const legendRows = items.length > 0 ? Math.max(...flowLegend(items, room).map((a) => a.row)) + 1 : 0;
  const layout = progressLayout(width, title.bottom, legendRows);

  const pct = displayPercent(done, total, locale);
  const pctFit = fitText(pct, room / 2, 26, 16, 600);
  const countText = `${formatNumber(done, format, locale)} of ${formatValue(total, format, locale)} ${label}`;
  const countRoom = room - textWidth(pctFit.text, pctFit.size, 600) - 12;
  const countFit = fitText(countText, countRoom, 13, 11);

  const { barY: y, barHeight: h } = layout;
  const bars: SvgElement[] = [pill(pad, y, room, h, p.track)];
  if (segments) {
    const sum = segments.todo + segments.inProgress + segments.done;
    // Stacked from the right: To Do spans everything, In Progress covers To Do's start, Done covers both.
    const layers: [number, string][] = [
      [sum, p.named.grey],
      [segments.done + segments.inProgress, p.named.blue],
      [segments.done, p.named.green],
    ];
    for (const [n, colour] of layers) if (n > 0) bars.push(pill(pad, y, (room * n) / sum, h, colour));
  } else if (done > 0) {
    const colour = thresholdState((done / total) * 100, spec.thresholds, mode).color;
    bars.push(pill(pad, y, (room * Math.min(done, total)) / total, h, colour));
  }

  const words = [
    cleanText(spec.title),
    `${reading.partial ? 'at least ' : ''}${formatNumber(done, format, locale)} of ${formatValue(total, format, locale)} ${label}, ${pct}` +
      items.map((i) => `, ${i.name} ${i.count}`).join(''),
  ].filter(Boolean);

  return root(
    { width, height: layout.height, label: words.join(': '), palette: p, background: options.background },
    title.node,
    textEl(pctFit.text, { x: pad, y: layout.percentY, size: pctFit.size, weight: 600, fill: p.text }),
    countFit.text && textEl(countFit.text, { x: width - pad, y: layout.percentY, size: countFit.size, fill: p.subtle, anchor: 'end' }),
    bars,
    legendNodes(items, pad, room, layout.legendYs, p),
  );
}
