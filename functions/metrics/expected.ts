/**
 * Expected progress: the fraction of the planned time elapsed at `now`, from configured dates or a
 * Jira version's start and release dates (GET /rest/api/3/version/{id}). Dates are the user's local
 * days (calendar.ts) and the end day is inclusive: 1–20 November is 20 days from local midnight of
 * the 1st to local midnight after the 20th, and all of the 12th reads "Day 12 of 20".
 */
import type { Expected } from '../config/types';
import { GlanceError } from '../errors';
import { JiraError } from '../jira/errors';
import type { Place } from '../place';
import { dayOf, isoDate, parseIsoDate, startOfDay, type Day } from './calendar';
import type { Reads } from './jira-reads';

/**
 * Where `now` is in the planned time, as numbers and days (the render words them in the user's
 * language): before the start `starts`, after the end `ended`, in between `day` of `days`.
 */
export interface ExpectedProgress {
  /** 0..1 */
  fraction: number;
  day?: number;
  days?: number;
  /** yyyy-mm-dd, the user's local day */
  starts?: string;
  ended?: string;
}

/** Fraction of [start, end] (yyyy-mm-dd, end inclusive) elapsed at `now`, clamped to 0..1, with the day. */
export function expectedFraction(start: string, end: string, now: number, place: Place): ExpectedProgress {
  return expectedDays(parseIsoDate(start), parseIsoDate(end), now, place);
}

/**
 * Fraction of the local days `first`..`last` (inclusive) elapsed at `now` in the user's zone: time
 * elapsed over the span's real length (a DST day counts its 23 or 25 hours), and the day number of
 * today's local date (day 12 of 20), or the first day before the start and the last after the end.
 */
export function expectedDays(first: Day, last: Day, now: number, place: Place): ExpectedProgress {
  const from = startOfDay(first, place.timeZone);
  const to = startOfDay(last + 1, place.timeZone);
  if (now < from) return { fraction: 0, starts: isoDate(first) };
  if (now >= to) return { fraction: 1, ended: isoDate(last) };
  const fraction = Math.round(((now - from) / (to - from)) * 10_000) / 10_000;
  return { fraction, day: dayOf(now, place.timeZone) - first + 1, days: last - first + 1 };
}

/** Expected progress of a configuration; a version without usable dates fails with INVALID_CONFIG saying which. */
export async function readExpected(reads: Reads, expected: Expected): Promise<ExpectedProgress> {
  if ('start' in expected) return expectedFraction(expected.start, expected.end, reads.now, reads.place);
  const version = await reads.get({ read: 'version', id: expected.versionId }, async () => {
    const v = await reads.client.version(expected.versionId);
    return { name: v.name, startDate: v.startDate ?? null, releaseDate: v.releaseDate ?? null };
  });
  const name = `The version "${version.name}"`;
  const missing = [version.startDate ? undefined : 'start date', version.releaseDate ? undefined : 'release date'].filter(Boolean);
  if (missing.length > 0) {
    const them = missing.length > 1 ? 'them' : 'it';
    const fix = `set ${them} there, or enter the dates in the gadget`;
    throw new GlanceError('INVALID_CONFIG', `${name} has no ${missing.join(' and no ')} in Jira; ${fix}.`);
  }
  const start = version.startDate as string;
  const end = version.releaseDate as string;
  if (!Number.isFinite(parseIsoDate(start)) || !Number.isFinite(parseIsoDate(end))) {
    throw new JiraError('BAD_RESPONSE', `Jira sent dates Glance could not read for the version "${version.name}".`);
  }
  if (parseIsoDate(end) < parseIsoDate(start)) {
    throw new GlanceError('INVALID_CONFIG', `${name} is released (${end}) before it starts (${start}) in Jira.`);
  }
  return expectedFraction(start, end, reads.now, reads.place);
}
