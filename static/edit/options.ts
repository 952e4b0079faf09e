/**
 * What the form's lists offer, as `[value, label]` pairs in the viewer's language (translate.ts). Lists
 * of configuration words give a catalogue key per word of the vocabulary
 * (functions/config/vocabulary.ts): a word added there and not here, or a word here the vocabulary
 * lacks, does not compile. Their order is the form's. Each list is made when the form is built, after
 * the words are known.
 */
import { LIMITS } from '../../functions/config/limits';
import type {
  AggregateOp,
  COLOR_NAMES,
  CompareMode,
  FORMAT_STYLES,
  GADGET_KINDS,
  Palette,
  ProjectPreset,
  SourceType,
  THRESHOLD_MODES,
  TrendInterval,
  TrendSeries,
} from '../../functions/config/vocabulary';
import type { FormKey } from '../../i18n/en/form';
import type { MetricChoice } from './codec';
import { t } from './translate';

export type Choices = readonly (readonly [string, string])[];
type Word<L extends readonly string[]> = L[number];

/** The pairs of `labels` in the viewer's words, in its order (its keys must not look like numbers, which objects reorder). */
function choices<W extends string>(labels: Record<W, FormKey>): Choices {
  return Object.entries<FormKey>(labels).map(([value, key]) => [value, t(key)] as const);
}

/** 'lo'..'hi' as choices labelled by themselves. */
function counting(lo: number, hi: number): Choices {
  return Array.from({ length: hi - lo + 1 }, (_, i) => [String(lo + i), String(lo + i)] as const);
}

export const kindChoices = () =>
  choices<Word<typeof GADGET_KINDS>>({ gauge: 'kind.gauge', counter: 'kind.counter', progress: 'kind.progress' });

export const sourceChoices = () => choices<SourceType>({ jql: 'source.jql', filter: 'source.filter', project: 'source.project' });

export const projectPresetChoices = () =>
  choices<ProjectPreset>({
    all: 'which.all',
    open: 'which.open',
    'open-bugs': 'which.open-bugs',
    'created-7d': 'which.created-7d',
    'resolved-7d': 'which.resolved-7d',
  });

const AGGREGATES: Record<AggregateOp, FormKey> = {
  sum: 'metric.sum',
  avg: 'metric.avg',
  min: 'metric.min',
  max: 'metric.max',
  median: 'metric.median',
  countNonEmpty: 'metric.countNonEmpty',
};

/** The metric list over one source (everything but a formula). */
export const metricChoices = () =>
  choices<MetricChoice>({
    count: 'metric.count',
    ...AGGREGATES,
    ratio: 'metric.ratio',
    'age-oldest': 'metric.age-oldest',
    'age-average': 'metric.age-average',
    dueIn: 'metric.dueIn',
  });

/** The metric list's entries that aggregate a field. */
export const FIELD_METRICS = Object.keys(AGGREGATES) as AggregateOp[];

export const formulaChoice = (): Choices => [['formula', t('metric.formula')]];

/** The colour words, by palette name. */
export const COLOR_WORDS: Record<Word<typeof COLOR_NAMES>, FormKey> = {
  green: 'color.green',
  amber: 'color.amber',
  red: 'color.red',
  blue: 'color.blue',
  purple: 'color.purple',
  teal: 'color.teal',
  grey: 'color.grey',
};

export const thresholdModeChoices = () =>
  choices<Word<typeof THRESHOLD_MODES>>({ absolute: 'colours.absolute', percent: 'colours.percent' });

export const directionChoices = (): Choices => [
  ['true', t('colours.higher')],
  ['false', t('colours.lower')],
];

export const paletteChoices = () => choices<Palette>({ default: 'palette.default', colorblind: 'palette.colorblind' });

export const styleChoices = (): Choices => [
  ['', t('format.auto')],
  ...choices<Word<typeof FORMAT_STYLES>>({
    number: 'format.number',
    compact: 'format.compact',
    percent: 'format.percent',
    duration: 'format.duration',
    days: 'format.days',
    currency: 'format.currency',
  }),
];

export const decimalChoices = (): Choices => [['', t('format.decimalsAuto')], ...counting(0, LIMITS.decimals)];

export const seriesChoices = () =>
  choices<TrendSeries>({ created: 'series.created', resolved: 'series.resolved', open: 'series.open', matching: 'series.matching' });

export const intervalChoices = () => choices<TrendInterval>({ day: 'interval.day', week: 'interval.week', month: 'interval.month' });

export const POINT_CHOICES = counting(LIMITS.trendPointsMin, LIMITS.trendPointsMax);

/** Expected progress, as the form asks for it ('' = off); the configuration holds dates, a version id or the active sprint. */
export const expectedChoices = (): Choices => [
  ['', t('expected.off')],
  ['dates', t('expected.dates')],
  ['version', t('expected.version')],
  ['sprint', t('expected.sprint')],
];

export const compareModeChoices = () =>
  choices<CompareMode>({ both: 'compare.both', absolute: 'compare.absolute', percent: 'compare.percent' });

/** Words for an auto-refresh interval in minutes: every N minutes or hours, once a day. */
export function refreshWords(minutes: number): string {
  if (minutes === 1440) return t('refresh.day');
  if (minutes >= 60 && minutes % 60 === 0) return t('refresh.hours', { n: minutes / 60 });
  return t('refresh.minutes', { n: minutes });
}

/** Auto-refresh choices in minutes ('0' = off); a loaded configuration's other value is added to the list. */
export const refreshChoices = (): Choices => [
  ['0', t('refresh.off')],
  ...[5, 15, 30, 60, 240, 1440].map((m) => [String(m), refreshWords(m)] as const),
];
