/**
 * Expected progress on the progress bar: a marker on the bar at the share of time elapsed, and under
 * the bar what it means — "Behind by 15 points" on the left (work done against time elapsed, in
 * points) and the time in words on the right, naming what the figure is: "45% of time elapsed · Day
 * 41 of 91", "Sprint 42 · 45% of time elapsed · Day 6 of 14". The big percentage above the bar is the
 * work done. When the time's words do not fit beside the state they take a line of their own, the
 * fullest that fits whole: shortened, never cut and never dropped (German and French at 240 px).
 */
import { el, num, type SvgElement } from './svg';
import { textEl } from './frame';
import { formatDay, formatPercent } from './format';
import { cleanText, fitText, textWidth } from './text';
import type { Palette } from './theme';
import { stateIcon, type StateKind } from './state';
import { partAttrs } from './parts';
import type { Reading } from './types';
import type { Translate } from '../i18n/index';

/** Within this many percentage points of the time elapsed, progress is "on track". */
export const ON_TRACK_POINTS = 2;

/** Ahead of, behind or on track with the time elapsed (fraction 0..1), from the percent done. */
export function expectedState(donePercent: number, fraction: number): { kind: 'ahead' | 'behind' | 'on track'; points: number } {
  const diff = donePercent - fraction * 100;
  const points = Math.round(Math.abs(diff));
  if (Math.abs(diff) <= ON_TRACK_POINTS) return { kind: 'on track', points };
  return { kind: diff > 0 ? 'ahead' : 'behind', points };
}

type Expected = NonNullable<Reading['expected']>;

/** A yyyy-mm-dd day of the reading, or undefined. */
function isoDay(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** A whole count of at least 1 (a day number), or undefined. */
function dayNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100_000 ? value : undefined;
}

/**
 * The time in words, longest first: "Starts Nov 1", "Ended Nov 20"; within the dates "Sprint 42 · 45%
 * of time elapsed · Day 6 of 14", "Sprint 42 · Day 6 of 14", "45% of time elapsed · Day 6 of 14",
 * "45% of time elapsed", "Day 6 of 14" (each still says it is time, where "45%" alone would not); or
 * the percent of time elapsed with the reading's own words ("58% of the sprint gone").
 */
function elapsedWords(expected: Expected, fraction: number, t: Translate, locale?: string): string[] {
  const percent = formatPercent(Math.round(fraction * 100), 0, locale);
  const sprint = cleanText(expected.sprint);
  const starts = isoDay(expected.starts);
  const ended = isoDay(expected.ended);
  const day = dayNumber(expected.day);
  const days = dayNumber(expected.days);
  if (starts) {
    const plain = t('expected.starts', { date: formatDay(starts, locale) });
    return sprint ? [t('expected.sprintStarts', { sprint, date: formatDay(starts, locale) }), plain] : [plain];
  }
  if (ended) {
    const plain = t('expected.ended', { date: formatDay(ended, locale) });
    return sprint ? [t('expected.sprintEnded', { sprint, date: formatDay(ended, locale) }), plain] : [plain];
  }
  if (day !== undefined && days !== undefined && day <= days) {
    const plain = [t('expected.day', { percent, day, days }), t('expected.elapsed', { percent }), t('expected.dayOnly', { day, days })];
    return sprint
      ? [t('expected.sprintDayElapsed', { sprint, percent, day, days }), t('expected.sprintDay', { sprint, day, days }), ...plain]
      : plain;
  }
  const label = cleanText(expected.label);
  return [label ? t('expected.custom', { percent, label }) : t('expected.elapsed', { percent })];
}

type Fit = ReturnType<typeof fitText>;

/** What the row under the bar says and how it is laid out: one line, or the time on a line of its own. */
interface ExpectedPlan {
  fraction: number;
  kind: StateKind;
  state: Fit;
  elapsed: Fit;
  lines: 1 | 2;
  words: string;
}

/** Plans the row under a bar `width` wide: the fullest time words beside the state, else on their own line. */
export function planExpected(
  donePercent: number,
  expected: Expected,
  width: number,
  locale: string | undefined,
  t: Translate,
): ExpectedPlan {
  const fraction = Math.min(1, Math.max(0, expected.fraction));
  const state = expectedState(donePercent, fraction);
  // Work done minus time elapsed is a difference of percentages: said in points ("Behind by 38 points"), not "38%".
  const amount = t('expected.points', { n: Math.round(state.points) });
  const stateText =
    state.kind === 'on track' ? t('expected.onTrack') : t(state.kind === 'ahead' ? 'expected.ahead' : 'expected.behind', { amount });
  const candidates = elapsedWords(expected, fraction, t, locale);
  const stateFit = fitText(stateText, width - 20, 12, 11, 600);
  const words = t('expected.a11y', { state: state.kind === 'on track' ? 'onTrack' : state.kind, amount, elapsed: candidates[0] });
  const base = { fraction, kind: (state.kind === 'behind' ? 'warning' : 'ok') as StateKind, state: stateFit, words };
  const beside = fitText(candidates[0], width - 20 - textWidth(stateFit.text, stateFit.size, 600) - 16, 11, 10);
  if (!beside.truncated) return { ...base, elapsed: beside, lines: 1 };
  // A line of its own (less the marker's small copy before it): the fullest words that fit whole.
  const room = width - 9;
  const own = candidates.map((c) => fitText(c, room, 11, 10)).find((f) => !f.truncated);
  return { ...base, elapsed: own ?? fitText(candidates[candidates.length - 1], room, 11, 9), lines: 2 };
}

/**
 * Expected progress: the marker on the bar, and the row under it as one keyboard stop that says it
 * all ("behind by 15 points (45% of time elapsed · Day 41 of 91)"); `rowYs` are the baselines of its lines.
 */
export function expectedNodes(
  plan: ExpectedPlan,
  bar: { x: number; y: number; w: number; h: number },
  rowYs: number[],
  p: Palette,
): SvgElement[] {
  const { kind, state, elapsed } = plan;
  const mx = bar.x + bar.w * plan.fraction;
  const d = `M${num(mx)} ${num(bar.y - 4)}V${num(bar.y + bar.h + 4)}`;
  const ex = bar.x + bar.w;
  const [rowY] = rowYs;
  const timeY = rowYs[plan.lines - 1] ?? rowY;
  return [
    el(
      'g',
      { 'stroke-linecap': 'round' },
      el('path', { d, stroke: p.surface, 'stroke-width': 5 }),
      el('path', { d, stroke: p.text, 'stroke-width': 2 }),
    ),
    el(
      'g',
      partAttrs(undefined, plan.words),
      stateIcon(kind, bar.x + 6.5, rowY - 4.5, 13, kind === 'ok' ? p.named.green : p.named.amber),
      textEl(state.text, { x: bar.x + 19, y: rowY, size: state.size, weight: 600, fill: kind === 'ok' ? p.successText : p.dangerText }),
      ...(elapsed.text
        ? [
            // A small copy of the marker ties the words to the line on the bar.
            el('path', {
              d: `M${num(ex - textWidth(elapsed.text, elapsed.size) - 7)} ${num(timeY - 9)}v10`,
              stroke: p.text,
              'stroke-width': 2,
              'stroke-linecap': 'round',
            }),
            textEl(elapsed.text, { x: ex, y: timeY, size: elapsed.size, fill: p.subtle, anchor: 'end' }),
          ]
        : []),
    ),
  ];
}
