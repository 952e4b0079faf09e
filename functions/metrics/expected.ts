/**
 * Expected progress: the fraction of the planned time elapsed at `now`, from configured dates, a
 * Jira version's start and release dates (GET /rest/api/3/version/{id}) or the active sprint of the
 * source's issues (sprint.ts). Dates are the user's local
 * days (calendar.ts) and the end day is inclusive: 1–20 November is 20 days from local midnight of
 * the 1st to local midnight after the 20th, and all of the 12th reads "Day 12 of 20".
 */
import type { Expected } from '../config/types';
import { JiraError } from '../jira/errors';
import type { Place } from '../place';
import { dayOf, isoDate, parseIsoDate, startOfDay, type Day } from './calendar';
import type { Reads } from './jira-reads';
import { activeSprints, findActiveSprint, findSprint, type Sprint } from './sprint';
import { GlanceError, said } from '../errors';

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
  /** The active sprint's name, when the time is a sprint's. */
  sprint?: string;
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
function expectedDays(first: Day, last: Day, now: number, place: Place): ExpectedProgress {
  const from = startOfDay(first, place.timeZone);
  const to = startOfDay(last + 1, place.timeZone);
  if (now < from) return { fraction: 0, starts: isoDate(first) };
  if (now >= to) return { fraction: 1, ended: isoDate(last) };
  const fraction = Math.round(((now - from) / (to - from)) * 10_000) / 10_000;
  return { fraction, day: dayOf(now, place.timeZone) - first + 1, days: last - first + 1 };
}

/**
 * Time elapsed in a sprint: real time from its start to its end instant, and the day number of the
 * user's local date among the local days it spans ("Sprint 42 · Day 6 of 14"); an end at local
 * midnight closes the day before.
 */
export function sprintProgress(sprint: Sprint, now: number, place: Place): ExpectedProgress {
  const from = Date.parse(sprint.startDate);
  const to = Date.parse(sprint.endDate);
  const first = dayOf(from, place.timeZone);
  const last = Math.max(first, dayOf(to - 1, place.timeZone));
  if (now < from) return { fraction: 0, starts: isoDate(first), sprint: sprint.name };
  if (now >= to) return { fraction: 1, ended: isoDate(last), sprint: sprint.name };
  const fraction = Math.round(((now - from) / (to - from)) * 10_000) / 10_000;
  return { fraction, day: Math.min(last, dayOf(now, place.timeZone)) - first + 1, days: last - first + 1, sprint: sprint.name };
}

/** The active sprint of the source's issues as expected progress; no Sprint field, none or several fail with a clear card. */
async function readSprint(reads: Reads, sourceJql: () => Promise<string>): Promise<ExpectedProgress> {
  const jql = await sourceJql();
  const finding = await findActiveSprint(reads, jql);
  switch (finding.found) {
    case 'one':
      return sprintProgress(finding.sprint, reads.now, reads.place);
    case 'no-field':
      throw new GlanceError('INVALID_CONFIG', said('sprint.noField'));
    case 'none':
      throw new GlanceError('NO_DATA', said('sprint.none'));
    case 'several': {
      // Every active sprint, named as the form's picker lists them (a few searches, only on this card).
      const all = await activeSprints(reads, jql);
      const names = all === 'no-field' || all.length < 2 ? finding.names : all.map((s) => s.name);
      throw new GlanceError('INVALID_CONFIG', said('sprint.several', { names: names.join(', '), count: names.length }), {
        path: 'expected.sprint',
      });
    }
  }
}

/** A sprint picked in the form (by id): its dates from the Sprint field of the source's issues in it; it may have ended. */
async function readPicked(reads: Reads, sourceJql: () => Promise<string>, id: number): Promise<ExpectedProgress> {
  const sprint = await findSprint(reads, await sourceJql(), id);
  if (sprint === 'no-field') throw new GlanceError('INVALID_CONFIG', said('sprint.noField'));
  if (sprint === null) throw new GlanceError('NO_DATA', said('sprint.pickedEmpty'));
  return sprintProgress(sprint, reads.now, reads.place);
}

/**
 * Expected progress of a configuration; a version without usable dates fails with INVALID_CONFIG
 * saying which. `sourceJql` gives the gadget's issues (read only for a sprint).
 */
export async function readExpected(reads: Reads, expected: Expected, sourceJql: () => Promise<string>): Promise<ExpectedProgress> {
  if ('sprint' in expected)
    return expected.sprint === 'active' ? readSprint(reads, sourceJql) : readPicked(reads, sourceJql, expected.sprint);
  if ('start' in expected) return expectedFraction(expected.start, expected.end, reads.now, reads.place);
  const version = await reads.get({ read: 'version', id: expected.versionId }, async () => {
    const v = await reads.client.version(expected.versionId);
    return { name: v.name, startDate: v.startDate ?? null, releaseDate: v.releaseDate ?? null };
  });
  if (!version.startDate || !version.releaseDate) {
    const missing = version.startDate ? 'release' : version.releaseDate ? 'start' : 'both';
    throw new GlanceError('INVALID_CONFIG', said('version.missingDates', { name: version.name, missing }));
  }
  const start = version.startDate;
  const end = version.releaseDate;
  if (!Number.isFinite(parseIsoDate(start)) || !Number.isFinite(parseIsoDate(end))) {
    throw new JiraError('BAD_RESPONSE', `Jira sent dates Glance could not read for the version "${version.name}".`);
  }
  if (parseIsoDate(end) < parseIsoDate(start)) {
    throw new GlanceError('INVALID_CONFIG', said('version.releasedBeforeStart', { name: version.name, start, end }));
  }
  return expectedFraction(start, end, reads.now, reads.place);
}
