/**
 * The render core's public types. `render/` turns a {@link Reading} (numbers read from Jira)
 * and a {@link RenderSpec} (presentation derived from the gadget config) into an SVG string.
 */

/** The three gadgets. */
export type GadgetKind = 'gauge' | 'counter' | 'progress';

/** Jira's colour mode, sent by the view. */
export type ColorMode = 'light' | 'dark';

/** A named palette colour or a validated `#rrggbb`. */
export type ColorName = 'green' | 'amber' | 'red' | 'blue' | 'purple' | 'teal' | 'grey';
export type Color = ColorName | `#${string}`;

/** One threshold step: values `>= from` take `color` (until the next step). */
export interface ThresholdStep {
  from: number;
  color: Color;
  /** Optional words for the state, e.g. "warning"; used in the accessible label. */
  label?: string;
}

/** Grafana-style thresholds: `base` applies below the first step; steps ascending by `from`. */
export interface Thresholds {
  base: Color;
  baseLabel?: string;
  steps: ThresholdStep[];
  /**
   * absolute (default): `from` in the value's units; percent: `from` is % of the target (counter; no
   * target, no thresholds) or of the scale (gauge). The progress bar's thresholds are always in
   * percent done, in both modes.
   */
  mode?: 'absolute' | 'percent';
}

/** How a number is written. */
export interface NumberFormat {
  /**
   * number: 1,234.5 · compact: 1.2K (with `currency`: $1.2M) · percent: 42% (value already in percent
   * units) · duration: seconds → "3d 4h" · days: seconds → "12.5 d" (8-hour Jira days) · currency:
   * Intl currency style in the locale (needs `currency`; an unknown code falls back to a number).
   */
  style?: 'number' | 'compact' | 'percent' | 'duration' | 'days' | 'currency';
  /** ISO 4217 code for style `currency`, e.g. "USD". */
  currency?: string;
  /** Text right after the number (no space), e.g. "/wk"; `unit` is a word after a space. */
  suffix?: string;
  /** Fixed decimals (0–3); default depends on the style. */
  decimals?: number;
  /** Text before the number, e.g. "$". */
  prefix?: string;
  /** Unit after the number, e.g. "pts" or "issues". */
  unit?: string;
  /**
   * Unit of a negative value, shown after its absolute value instead of a minus sign and `unit`: days
   * until due below zero read "3 days overdue". Set by the server (functions/render-inputs.ts), not a setting.
   */
  negativeUnit?: string;
}

/** Presentation, derived from the gadget configuration. */
export interface RenderSpec {
  kind: GadgetKind;
  /** Heading shown in the gadget (also the accessible name). */
  title?: string;
  /** Words under the value, e.g. "open bugs". */
  label?: string;
  format?: NumberFormat;
  thresholds?: Thresholds;
  /** Counter delta colours and threshold direction: true (default) = up is good. */
  higherIsBetter?: boolean;
  /** Progress: show To Do / In Progress / Done segments when the reading has them. */
  showSegments?: boolean;
  /** Exact value → words, e.g. 0 → "All clear". */
  mappings?: { value: number; text: string }[];
  /** Shown instead of "No data". */
  noValueText?: string;
  /** colorblind: a palette safe for colour-vision deficiencies (states also differ by icon and words). */
  palette?: 'default' | 'colorblind';
  /** Counter delta: absolute, percent or both (default both); decimals of the delta; percentage points for percent formats. */
  compare?: { mode?: 'absolute' | 'percent' | 'both'; decimals?: number };
}

/** Status-category split for the progress bar. */
export interface Segments {
  todo: number;
  inProgress: number;
  done: number;
}

/** Numbers read from Jira (or given on the command line). */
export interface Reading {
  /** The number; `null` (or non-finite) renders "no data". For progress: the done count. */
  value: number | null;
  /** Gauge scale (defaults 0..100). */
  min?: number;
  max?: number;
  /** Target: gauge tick, counter "42 / 50". */
  target?: number;
  /** Progress: total issues (value = done). */
  total?: number;
  segments?: Segments;
  /** Counter comparison value (e.g. last week's count) → delta ▲/▼. */
  compare?: number | null;
  /** Words for the comparison, e.g. "vs last week". */
  compareLabel?: string;
  /** True when a paged sum stopped at its cap: the value is a lower bound. */
  partial?: boolean;
  /** With `partial`: how many issues the value covers (the card says "first N issues"). */
  covered?: number;
  /**
   * Progress: Jira's counts are estimates (`approximate-count`) and these disagree (the status
   * segments do not add up to the total): the title row says "≈ estimates", nothing is drawn as exact.
   */
  estimated?: boolean;
  /**
   * The viewer's time zone was not known (Forge's context carried none), so the days of this reading
   * (trend windows, ages, due dates, expected progress) are counted in UTC: the title row says so.
   */
  zoneUnknown?: boolean;
  /** Sparkline (counter, gauge): oldest first; computed at read time from JQL windows, nothing stored. */
  trend?: {
    points: { value: number | null; label: string }[];
    /** What the points span, for the accessible words ("8 weeks"); default from `interval`, else "N points". */
    label?: string;
    /** What is counted per point: drawn under the line and spoken ("created per week"). */
    series?: 'created' | 'resolved' | 'open' | 'matching';
    /** The window of one point. */
    interval?: 'day' | 'week' | 'month';
  };
  /**
   * Progress: fraction of the planned time elapsed (0..1) → marker and ahead/behind state, and the time
   * in words in the render's language: before the start `starts` ("Starts Nov 1"), after the end
   * `ended` ("Ended Nov 20"), in between `day` of `days` ("58% · Day 12 of 20"); otherwise the percent
   * with `label` ("58% of the sprint gone") or the default words ("58% of time elapsed"). With a
   * `sprint` name the words name it ("Sprint 42 · Day 6 of 10").
   */
  expected?: { fraction: number; label?: string; day?: number; days?: number; starts?: string; ended?: string; sprint?: string };
}

/** Options of one render call. */
export interface RenderOptions {
  colorMode?: ColorMode;
  /** Pixel width the gadget is shown at; picks the viewBox width (clamped 160–1200). */
  width?: number;
  /** BCP 47 locale of numbers and dates (default en-US); also of the words unless `language` says otherwise. */
  locale?: string;
  /**
   * Locale whose message catalogue the words come from (i18n/messages; default `locale`): the
   * viewer's language when the gadget pins a locale for its numbers.
   */
  language?: string;
  /**
   * 'surface' (default): a rounded rectangle in the palette's surface colour behind everything, so
   * the SVG reads the same when downloaded; 'transparent': none, the host's background shows through.
   */
  background?: 'surface' | 'transparent';
}

/** A status card instead of a reading: error, empty ("no data"/"no issues") or loading. */
export interface StatusSpec {
  /** `waiting`: Jira cannot answer now (rate limited, down, slow); calm and neutral, never red — it passes by itself. */
  state: 'error' | 'empty' | 'loading' | 'waiting';
  message: string;
  detail?: string;
  title?: string;
  /** The gadget the card stands in for: the card takes that gadget's height so the view does not jump. */
  kind?: GadgetKind;
}
