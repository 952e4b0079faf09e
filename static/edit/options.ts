/**
 * What the form's lists offer, as `[value, label]` pairs. Lists of configuration words are written as
 * a label per word of the vocabulary (functions/config/vocabulary.ts): a word added there and not
 * here, or a word here the vocabulary lacks, does not compile. Their order is the form's.
 */
import { LIMITS } from '../../functions/config/limits';
import type {
  AggregateOp, COLOR_NAMES, CompareMode, FORMAT_STYLES, GADGET_KINDS, Palette, ProjectPreset, SourceType, THRESHOLD_MODES,
  TrendInterval, TrendSeries,
} from '../../functions/config/vocabulary';
import type { MetricChoice } from './codec';

export type Choices = readonly (readonly [string, string])[];
type Word<L extends readonly string[]> = L[number];

/** The pairs of `labels`, in its order (its keys must not look like numbers, which objects reorder). */
function choices<W extends string>(labels: Record<W, string>): Choices {
  return Object.entries<string>(labels);
}

/** 'lo'..'hi' as choices labelled by themselves. */
function counting(lo: number, hi: number): Choices {
  return Array.from({ length: hi - lo + 1 }, (_, i) => [String(lo + i), String(lo + i)] as const);
}

export const KIND_CHOICES = choices<Word<typeof GADGET_KINDS>>({ gauge: 'Gauge', counter: 'Counter', progress: 'Progress bar' });

export const SOURCE_CHOICES = choices<SourceType>({ jql: 'JQL query', filter: 'Saved filter', project: 'Project' });

export const PROJECT_PRESET_CHOICES = choices<ProjectPreset>({
  all: 'All issues',
  open: 'Open issues (not done)',
  'open-bugs': 'Open bugs',
  'created-7d': 'Created in the last 7 days',
  'resolved-7d': 'Resolved in the last 7 days',
});

const AGGREGATES: Record<AggregateOp, string> = {
  sum: 'Sum of a number field',
  avg: 'Average of a number field',
  min: 'Smallest value of a number field',
  max: 'Largest value of a number field',
  median: 'Median of a number field',
  countNonEmpty: 'Issues with a value in a field',
};

/** The metric list over one source (everything but a formula). */
export const METRIC_CHOICES = choices<MetricChoice>({
  count: 'Number of issues',
  ...AGGREGATES,
  ratio: 'Share of issues done',
  'age-oldest': 'Age of the oldest issue (days)',
  'age-average': 'Average age of the issues (days)',
  dueIn: 'Days until the nearest due date',
});

/** The metric list's entries that aggregate a field. */
export const FIELD_METRICS = Object.keys(AGGREGATES);

export const FORMULA_CHOICE = [['formula', 'Formula over several queries (A–E)']] as const;

export const COLOR_CHOICES = choices<Word<typeof COLOR_NAMES>>({
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  blue: 'Blue',
  purple: 'Purple',
  teal: 'Teal',
  grey: 'Grey',
});

export const THRESHOLD_MODE_CHOICES = choices<Word<typeof THRESHOLD_MODES>>({
  absolute: 'Values (e.g. 30 issues)',
  percent: 'Percent of the target or scale',
});

export const DIRECTION_CHOICES = [['true', 'Higher is better'], ['false', 'Lower is better']] as const;

export const PALETTE_CHOICES = choices<Palette>({ default: 'Standard', colorblind: 'Colour-blind safe' });

export const STYLE_CHOICES: Choices = [
  ['', 'Automatic'],
  ...choices<Word<typeof FORMAT_STYLES>>({
    number: 'Number (1,234.5)',
    compact: 'Compact (1.2k)',
    percent: 'Percent (42%)',
    duration: 'Duration (5w 1d, from seconds)',
    days: 'Days (12.5 d, from seconds)',
    currency: 'Currency ($1,234.50)',
  }),
];

export const DECIMAL_CHOICES: Choices = [['', 'Auto'], ...counting(0, LIMITS.decimals)];

export const SERIES_CHOICES = choices<TrendSeries>({
  created: 'Issues created',
  resolved: 'Issues resolved',
  open: 'Issues open at the end of each period',
  matching: 'This number, over time',
});

export const INTERVAL_CHOICES = choices<TrendInterval>({ day: 'Day', week: 'Week', month: 'Month' });

export const POINT_CHOICES = counting(LIMITS.trendPointsMin, LIMITS.trendPointsMax);

/** Expected progress, as the form asks for it ('' = off); the configuration holds dates or a version id. */
export const EXPECTED_CHOICES = [
  ['', 'Off'],
  ['dates', 'Between two dates'],
  ['version', 'A Jira version’s start and release dates'],
  ['sprint', 'The active sprint of these issues'],
] as const;

export const COMPARE_MODE_CHOICES = choices<CompareMode>({
  both: 'Change and percent (+4, +12%)',
  absolute: 'Change only (+4)',
  percent: 'Percent only (+12%)',
});

/** Auto-refresh choices in minutes ('0' = off); a loaded configuration's other value is added to the list. */
export const REFRESH_CHOICES = [
  ['0', 'Off'],
  ['5', 'Every 5 minutes'],
  ['15', 'Every 15 minutes'],
  ['30', 'Every 30 minutes'],
  ['60', 'Every hour'],
  ['240', 'Every 4 hours'],
  ['1440', 'Once a day'],
] as const;
