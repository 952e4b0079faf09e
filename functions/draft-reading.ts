/**
 * The edit page's last reading. The server keeps nothing read from Jira after a request, so the edit
 * page keeps its preview's numbers in its own page memory and sends them back with the next draft:
 * when only how the gadget looks changed (title, colours, thresholds, format…), the preview is drawn
 * from them without reading Jira again. They are the viewer's own numbers on the viewer's own page, and
 * used only for that page's preview (never for a stored gadget, never for an export); anything that
 * does not match the draft's sources, or does not look like numbers, is ignored and Jira is read.
 */
import { canonicalJson } from './in-flight';
import type { GadgetConfig } from './config/types';
import type { MetricResult } from './metrics/read-numbers';
import type { Place } from './place';
import { isRecord } from './record';

/** A preview's reading as the edit page echoes it back: what it was read for, and the numbers. */
export interface DraftReading {
  key: string;
  numbers: MetricResult;
}

/** Older readings are read again: a preview should not show numbers from long ago. */
const DRAFT_READING_MS = 5 * 60_000;
/** A reading bigger than this (as JSON) is not a reading Glance sent. */
const MAX_CHARS = 64 * 1024;

/** What the numbers of `config` depend on: its sources and metric, and the viewer's place (days, labels). */
export function readingKey(config: GadgetConfig, place: Place): string {
  const { kind, source, metric, compare, trend, expected } = config;
  return canonicalJson({ kind, source, metric, compare, trend, expected, place });
}

/** The numbers of `sent` when they were read for `key` less than {@link DRAFT_READING_MS} before `now` and look like numbers. */
export function reusableReading(sent: unknown, key: string, now: number): MetricResult | undefined {
  if (!isRecord(sent) || sent.key !== key || !isRecord(sent.numbers)) return undefined;
  if (JSON.stringify(sent).length > MAX_CHARS) return undefined;
  const n = sent.numbers;
  const ok =
    isNumberOrNull(n.value) &&
    typeof n.href === 'string' &&
    isRecord(n.links) &&
    Object.values(n.links).every((v) => typeof v === 'string') &&
    typeof n.at === 'number' &&
    n.at <= now &&
    now - n.at < DRAFT_READING_MS &&
    optional(n.total, isFiniteNumber) &&
    optional(n.partial, (v) => typeof v === 'boolean') &&
    optional(n.covered, isFiniteNumber) &&
    optional(n.segments, (v) => isRecord(v) && ['todo', 'inProgress', 'done'].every((k) => isFiniteNumber(v[k]))) &&
    optional(n.compare, (v) => isRecord(v) && isNumberOrNull(v.value)) &&
    optional(n.trend, (v) => Array.isArray(v) && v.every((p) => isRecord(p) && isNumberOrNull(p.value) && typeof p.label === 'string')) &&
    optional(n.expected, (v) => isRecord(v) && isFiniteNumber(v.fraction)) &&
    (n.sourceName === undefined || typeof n.sourceName === 'string');
  return ok ? (n as unknown as MetricResult) : undefined;
}

function isFiniteNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v);
}

function isNumberOrNull(v: unknown): boolean {
  return v === null || isFiniteNumber(v);
}

function optional(v: unknown, check: (v: Record<string, unknown>) => boolean): boolean {
  return v === undefined || check(v as Record<string, unknown>);
}
