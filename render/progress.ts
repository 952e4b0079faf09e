/**
 * The progress bar: the percent done (big, with the threshold state's icon) and "21 of 50 done", a
 * rounded bar, optionally the To Do / In Progress / Done split as stacked segments with a legend,
 * and optionally expected progress: a "time elapsed" marker on the bar and an ahead / behind / on
 * track row. A total of 0 is "No issues".
 */
import { el, type SvgElement } from './svg';
import { canvasWidth, padding, root, textEl, titleNote, titleRow } from './frame';
import { formatNumber, formatPercent, formatValue } from './format';
import { cleanText, fitText, textWidth } from './text';
import { palette, thresholdState, type Palette } from './theme';
import { statusTree } from './status';
import { progressLayout } from './layout';
import { expectedNodes, planExpected } from './expected';
import { stateIcon, stateKind, stateWords } from './state';
import { mappedText, noValueText } from './mapping';
import type { Reading, RenderOptions, RenderSpec, Segments } from './types';
import { accessibleName, clauses, wordsOf } from './spoken';
import { partAttrs } from './parts';

export { expectedState, ON_TRACK_POINTS } from './expected';

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
  drill: string;
  /** What the item's keyboard stop says: "To Do 12". */
  words: string;
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
function pill(x: number, y: number, w: number, h: number, fill: string, drill?: string): SvgElement {
  return el('rect', { x, y, width: Math.max(h, w), height: h, rx: h / 2, fill, 'data-drill': drill });
}

function legendNodes(items: LegendItem[], pad: number, room: number, ys: number[], p: Palette): SvgElement[] {
  return flowLegend(items, room).map((at, i) => {
    const item = items[i];
    const x = pad + at.x;
    const y = ys[at.row];
    return el(
      'g',
      partAttrs(item.drill, item.words),
      el('circle', { cx: x + 4, cy: y - 4, r: 4, fill: item.color }),
      el(
        'text',
        { x: x + 12, y, 'font-size': 12, fill: p.subtle },
        `${item.name}\u00A0`,
        el('tspan', { fill: p.text, 'font-weight': 600 }, item.count),
      ),
    );
  });
}

/** The progress bar's element tree (a status card for a missing or zero total). */
export function progressTree(spec: RenderSpec, reading: Reading, options: RenderOptions = {}): SvgElement {
  const done = reading.value;
  const total = reading.total;
  const t = wordsOf(options);
  if (typeof total === 'number' && total === 0) {
    return statusTree(
      { state: 'empty', message: t('progress.noIssues'), detail: t('progress.noIssuesDetail'), title: spec.title },
      options,
      'progress',
    );
  }
  if (typeof done !== 'number' || !Number.isFinite(done) || typeof total !== 'number' || !Number.isFinite(total) || total < 0) {
    return statusTree({ state: 'empty', message: noValueText(spec, t), title: spec.title }, options, 'progress');
  }
  const mode = options.colorMode;
  const p = palette(mode, spec.palette);
  const width = canvasWidth(options.width);
  const pad = padding(width);
  const room = width - 2 * pad;
  const note = titleNote(reading, t);
  const title = titleRow(spec.title, width, p, note);
  const format = spec.format ?? {};
  const locale = options.locale;
  const label = cleanText(spec.label);

  const segments = spec.showSegments ? usableSegments(reading.segments) : null;
  const item = (name: string, n: number, color: string, drill: string): LegendItem => {
    const count = formatNumber(n, format, locale);
    return { name, count, color, drill, words: t('progress.a11ySegment', { name, count }) };
  };
  const items: LegendItem[] = segments
    ? [
        item(t('progress.todo'), segments.todo, p.named.grey, 'segment-todo'),
        item(t('progress.inProgress'), segments.inProgress, p.named.blue, 'segment-inProgress'),
        item(t('progress.done'), segments.done, p.named.green, 'segment-done'),
      ]
    : [];
  const legendRows = items.length > 0 ? Math.max(...flowLegend(items, room).map((a) => a.row)) + 1 : 0;
  const expected =
    reading.expected && typeof reading.expected === 'object' && Number.isFinite(reading.expected.fraction) ? reading.expected : null;
  // Thresholds are always in percent done (both modes: the scale is 0..100 %).
  const donePercent = (done / total) * 100;
  const plan = expected ? planExpected(donePercent, expected, room, locale, t) : null;
  const layout = progressLayout(width, title.bottom, legendRows, plan?.lines ?? 0);

  const higherIsBetter = spec.higherIsBetter ?? true;
  const thresholds = spec.thresholds;
  const state = thresholdState(donePercent, thresholds, mode, 'blue', spec.palette);
  const mapped = mappedText(donePercent, spec.mappings);
  const pct = displayPercent(done, total, locale);
  const pctFit = fitText(mapped ?? pct, room / 2, 26, 16, 600);
  const iconSize = 16;
  const iconRoom = thresholds ? iconSize + 6 : 0;
  const pctWidth = textWidth(pctFit.text, pctFit.size, 600);
  const icon = thresholds
    ? stateIcon(
        stateKind(thresholds, state.index, higherIsBetter),
        pad + pctWidth + 6 + iconSize / 2,
        layout.percentY - pctFit.size * 0.36,
        iconSize,
        state.color,
      )
    : null;
  const counts = { done: formatNumber(done, format, locale), total: formatValue(total, format, locale) };
  const countText = label ? t('progress.count', { ...counts, label }) : t('progress.countDone', counts);
  const countRoom = room - pctWidth - iconRoom - 12;
  const countFit = fitText(countText, countRoom, 13, 11);

  const { barY: y, barHeight: h } = layout;
  const track = pill(pad, y, room, h, p.track);
  const bars: SvgElement[] = [];
  if (segments) {
    const sum = segments.todo + segments.inProgress + segments.done;
    // Stacked from the right: To Do spans everything, In Progress covers To Do's start, Done covers
    // both; each visible part is the top layer there, so it takes the pointer for its own drill id.
    items.forEach((item, i) => {
      const n = [sum, segments.done + segments.inProgress, segments.done][i];
      if (n > 0) bars.push(pill(pad, y, (room * n) / sum, h, item.color, item.drill));
    });
  } else if (done > 0) {
    bars.push(pill(pad, y, (room * Math.min(done, total)) / total, h, state.color));
  }
  const exp = plan ? { nodes: expectedNodes(plan, { x: pad, y, w: room, h }, layout.expectedYs, p), words: plan.words } : null;

  const amount = clauses(t, [reading.partial ? t('a11y.atLeast', { value: countText }) : countText, pct]);
  const valueWords = clauses(t, [
    mapped ? t('a11y.mapped', { text: mapped, value: amount }) : amount,
    thresholds && stateWords(donePercent, thresholds, state, higherIsBetter, { style: 'percent' }, locale, t),
  ]);
  const words = clauses(t, [valueWords, exp?.words, ...items.map((i) => i.words)]);

  return root(
    {
      width,
      height: layout.height,
      label: accessibleName(t, spec.title, words, note?.words),
      palette: p,
      background: options.background,
      parts: true,
    },
    title.node,
    // The value is one keyboard stop; with segments the bar is theirs (each opens its own issues, and
    // the keyboard reaches them by their legend items), so it stays out of the value's stop.
    el(
      'g',
      partAttrs('value', valueWords),
      textEl(pctFit.text, { x: pad, y: layout.percentY, size: pctFit.size, weight: 600, fill: p.text }),
      icon,
      countFit.text && textEl(countFit.text, { x: width - pad, y: layout.percentY, size: countFit.size, fill: p.subtle, anchor: 'end' }),
      !segments && [track, bars],
    ),
    segments && [track, bars],
    exp?.nodes,
    legendNodes(items, pad, room, layout.legendYs, p),
  );
}
