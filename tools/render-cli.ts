/**
 * Render a gadget from the command line: `npm run render -- --kind gauge --value 42 --title "Sprint done"`.
 * SVG goes to stdout, or a PNG to `--png <file>`. Bad flags print the usage on stderr and exit 2.
 *
 * Structured as parse (flags → CliArgs) → input (CliArgs → spec + reading + options) → output, so
 * new flags or outputs slot into one phase each.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  EXPORT_OPTIONS,
  EXPORT_USAGE,
  ExportFailure,
  ExportUsageError,
  configInput,
  exportSvg,
  writeFileClearly,
  writeOut,
} from './cli/portable';
import type { ColorName, GadgetKind, NumberFormat, Reading, RenderOptions, RenderSpec, Thresholds } from '../render/types';

export const USAGE = `Usage: npm run render -- --kind <gauge|counter|progress> --value <n> [options]

  --kind <k>            gauge, counter or progress (required)
  --value <n|null>      the number (progress: done count); "null" renders "no data";
                        negative numbers need "=": --value=-5
  --min <n> --max <n>   gauge scale (default 0..100)
  --target <n>          gauge tick / counter "42 / 50"
  --total <n>           progress: total count
  --segments <a,b,c>    progress: To Do, In Progress, Done counts (shows the legend)
  --compare <n>         counter: comparison value for the delta ▲/▼
  --compare-label <s>   counter: words after the delta, e.g. "vs last week"
  --compare-mode <m>    counter delta: absolute, percent or both (default both)
  --compare-decimals <0-3>  decimals of the delta
  --lower-is-better     delta colours and threshold direction: down is good
  --partial             the value is a lower bound (paged sum stopped at its cap)
  --thresholds <spec>   base[,from:color[:label]]…  e.g. "red,50:amber,80:green:on track"
  --threshold-mode <m>  absolute (default) or percent (of the target / of the scale)
  --trend <points>      counter, gauge: sparkline values oldest first, "null" for a gap, each
                        optionally "label=value": "Oct 6=12,Oct 13=15,Oct 20=null"
  --trend-label <s>     what the points span, e.g. "8 weeks" (accessible words)
  --expected <0..1>     progress: fraction of the time elapsed (marker, ahead/behind)
  --expected-label <s>  words after the elapsed percentage (default "of time elapsed")
  --mapping <v=text>    show text for exactly this value, e.g. "0=All clear" (repeatable)
  --no-value-text <s>   shown instead of "No data"
  --palette <p>         default or colorblind
  --title <s> --label <s>
  --format <style>      number, compact, percent, duration (seconds → "3d 4h"),
                        days (seconds → "12.5 d", 8-hour days) or currency
  --currency <code>     ISO 4217 code for --format currency (or compact), e.g. EUR
  --decimals <0-3> --unit <s> --prefix <s> --suffix <s>
  --theme <light|dark>  colour mode (default light)
  --width <px>          canvas width, 160–1200 (default 320)
  --locale <bcp47>      locale of numbers and words (de-DE: German; default en-US)
  --png <file>          write a PNG there instead of SVG on stdout
  --scale <n>           PNG scale factor (default 2)
  -h, --help            this text
${EXPORT_USAGE}`;

const OPTIONS = {
  kind: { type: 'string' },
  value: { type: 'string' },
  min: { type: 'string' },
  max: { type: 'string' },
  target: { type: 'string' },
  total: { type: 'string' },
  segments: { type: 'string' },
  compare: { type: 'string' },
  'compare-label': { type: 'string' },
  'compare-mode': { type: 'string' },
  'compare-decimals': { type: 'string' },
  'threshold-mode': { type: 'string' },
  trend: { type: 'string' },
  'trend-label': { type: 'string' },
  expected: { type: 'string' },
  'expected-label': { type: 'string' },
  mapping: { type: 'string', multiple: true },
  'no-value-text': { type: 'string' },
  palette: { type: 'string' },
  currency: { type: 'string' },
  suffix: { type: 'string' },
  'lower-is-better': { type: 'boolean' },
  partial: { type: 'boolean' },
  thresholds: { type: 'string' },
  title: { type: 'string' },
  label: { type: 'string' },
  format: { type: 'string' },
  decimals: { type: 'string' },
  unit: { type: 'string' },
  prefix: { type: 'string' },
  theme: { type: 'string' },
  width: { type: 'string' },
  locale: { type: 'string' },
  png: { type: 'string' },
  scale: { type: 'string' },
  ...EXPORT_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** Parsed flag values (strings as given; checked by {@link toInput}). */
export type CliArgs = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : (typeof OPTIONS)[K] extends { multiple: true }
      ? string[]
      : string;
};

/** A bad command line: the message goes to stderr with the usage, exit code 2. */
export class UsageError extends Error {}

/** Phase 1: flags → values. Unknown flags, missing values and stray positionals throw {@link UsageError}. */
export function parseCli(argv: string[]): CliArgs {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function numberFlag(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${raw}"`);
  return n;
}

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** "red,50:amber,80:green:on track" → Thresholds. */
export function parseThresholds(raw: string): Thresholds {
  const [base, ...rest] = raw.split(',');
  const steps = rest.map((part) => {
    const [from, color, ...label] = part.split(':');
    return { from: numberFlag('thresholds', from) as number, color: color as ColorName, label: label.length ? label.join(':') : undefined };
  });
  if (!base || steps.some((s) => !s.color)) throw new UsageError(`--thresholds must look like "red,50:amber,80:green", got "${raw}"`);
  return { base: base as ColorName, steps };
}

/** "Oct 6=12,Oct 13=null,15" → trend points (a bare value has no label). */
export function parseTrend(raw: string): NonNullable<Reading['trend']>['points'] {
  return raw.split(',').map((part) => {
    const eq = part.lastIndexOf('=');
    const label = eq >= 0 ? part.slice(0, eq).trim() : '';
    const value = (eq >= 0 ? part.slice(eq + 1) : part).trim();
    return { label, value: value === 'null' || value === '' ? null : (numberFlag('trend', value) as number) };
  });
}

/** "0=All clear" → a mapping. */
export function parseMapping(raw: string): { value: number; text: string } {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new UsageError(`--mapping must look like "0=All clear", got "${raw}"`);
  return { value: numberFlag('mapping', raw.slice(0, eq)) as number, text: raw.slice(eq + 1) };
}

function decimalsFlag(name: string, raw: string | undefined): number | undefined {
  const n = numberFlag(name, raw);
  if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 3)) throw new UsageError(`--${name} must be 0, 1, 2 or 3`);
  return n;
}

/** The render call a command line stands for. */
export interface CliInput {
  spec: RenderSpec;
  reading: Reading;
  options: RenderOptions;
}

/** Phase 2: values → spec, reading and options. Throws {@link UsageError} on bad values. */
export function toInput(args: CliArgs): CliInput {
  const kind = oneOf<GadgetKind>('kind', args.kind, ['gauge', 'counter', 'progress']);
  if (!kind) throw new UsageError('--kind is required');
  if (args.value === undefined) throw new UsageError('--value is required');
  const decimals = decimalsFlag('decimals', args.decimals);
  const style = oneOf('format', args.format, ['number', 'compact', 'percent', 'duration', 'days', 'currency'] as const);
  if (style === 'currency' && !args.currency) throw new UsageError('--format currency needs --currency <code>, e.g. EUR');
  const format: NumberFormat = {
    style,
    currency: args.currency,
    decimals,
    unit: args.unit,
    prefix: args.prefix,
    suffix: args.suffix,
  };
  const thresholdMode = oneOf('threshold-mode', args['threshold-mode'], ['absolute', 'percent'] as const);
  const compareMode = oneOf('compare-mode', args['compare-mode'], ['absolute', 'percent', 'both'] as const);
  const compareDecimals = decimalsFlag('compare-decimals', args['compare-decimals']);
  const expected = numberFlag('expected', args.expected);
  if (expected !== undefined && !(expected >= 0 && expected <= 1)) throw new UsageError('--expected must be a fraction from 0 to 1');
  let segments: Reading['segments'];
  if (args.segments !== undefined) {
    const parts = args.segments.split(',').map((s) => numberFlag('segments', s) as number);
    if (parts.length !== 3) throw new UsageError('--segments needs three numbers: todo,inProgress,done');
    segments = { todo: parts[0], inProgress: parts[1], done: parts[2] };
  }
  const spec: RenderSpec = {
    kind,
    title: args.title,
    label: args.label,
    format,
    thresholds: args.thresholds === undefined ? undefined : { ...parseThresholds(args.thresholds), mode: thresholdMode },
    higherIsBetter: args['lower-is-better'] ? false : undefined,
    showSegments: segments ? true : undefined,
    mappings: args.mapping?.map(parseMapping),
    noValueText: args['no-value-text'],
    palette: oneOf('palette', args.palette, ['default', 'colorblind'] as const),
    compare: compareMode !== undefined || compareDecimals !== undefined ? { mode: compareMode, decimals: compareDecimals } : undefined,
  };
  const reading: Reading = {
    value: args.value === 'null' ? null : (numberFlag('value', args.value) as number),
    min: numberFlag('min', args.min),
    max: numberFlag('max', args.max),
    target: numberFlag('target', args.target),
    total: numberFlag('total', args.total),
    segments,
    compare: numberFlag('compare', args.compare),
    compareLabel: args['compare-label'],
    partial: args.partial || undefined,
    trend: args.trend === undefined ? undefined : { points: parseTrend(args.trend), label: args['trend-label'] },
    expected: expected === undefined ? undefined : { fraction: expected, label: args['expected-label'] },
  };
  const width = numberFlag('width', args.width);
  const options: RenderOptions = { colorMode: oneOf('theme', args.theme, ['light', 'dark'] as const), width, locale: args.locale };
  return { spec, reading, options };
}

/** Where the CLI writes and the environment it reads: the process's own, or a test's (in-process runs). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

const PROCESS_IO: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
};

/** Phase 3: write the SVG to stdout, or a PNG to `--png`. */
export async function output(svg: string, args: CliArgs, io: CliIo = PROCESS_IO): Promise<void> {
  if (args.png === undefined) {
    io.stdout(`${svg}\n`);
    return;
  }
  const scale = numberFlag('scale', args.scale) ?? 2;
  if (!(scale > 0 && scale <= 8)) throw new UsageError('--scale must be between 0 and 8');
  const { svgToPng } = await import('./render-png');
  writeFileClearly(args.png, svgToPng(svg, scale), '--png');
}

/**
 * Runs the CLI; returns the exit code (0 ok, 1 Jira could not be read, 2 bad usage). Relative paths
 * are relative to the working directory.
 */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.help) {
      io.stdout(USAGE);
      return 0;
    }
    // --config, --portable and --out: tools/cli/portable.ts
    const input = args.config !== undefined ? await configInput(args, io.env) : toInput(args);
    const svg = await exportSvg(input, args, (message) => io.stderr(`render: ${message}\n`));
    if (!writeOut(svg, args, input.spec.title)) await output(svg, args, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ExportUsageError) {
      io.stderr(`render: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    // A clear line, never a stack trace (ExportFailure: Jira could not be read, or a file not written).
    io.stderr(`render: ${e instanceof ExportFailure ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
