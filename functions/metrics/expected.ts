/**
 * Expected progress: the fraction of the planned time elapsed at `now`, from configured dates or a
 * Jira version's start and release dates (GET /rest/api/3/version/{id}). The end day is inclusive:
 * 1–20 November is 20 days, and on the 12th the label reads "Day 12 of 20".
 */
import type { Expected } from '../config/types';
import { JiraError } from '../jira/errors';
import { DAY_MS, dayLabel, parseIsoDate } from './calendar';
import type { Reads } from './reads';

export interface ExpectedProgress {
  /** 0..1 */
  fraction: number;
  label: string;
}

/** Fraction of [start, end] (yyyy-mm-dd, end inclusive) elapsed at `now`, clamped to 0..1, with its label. */
export function expectedFraction(start: string, end: string, now: number): ExpectedProgress {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end) + DAY_MS;
  const total = Math.round((to - from) / DAY_MS);
  if (now < from) return { fraction: 0, label: `Starts ${dayLabel(from)}` };
  if (now >= to) return { fraction: 1, label: `Ended ${dayLabel(to - DAY_MS)}` };
  const fraction = Math.round(((now - from) / (to - from)) * 10_000) / 10_000;
  return { fraction, label: `Day ${Math.floor((now - from) / DAY_MS) + 1} of ${total}` };
}

/** Expected progress of a configuration; a version without usable dates fails with INVALID_CONFIG saying which. */
export async function readExpected(reads: Reads, expected: Expected): Promise<ExpectedProgress> {
  if ('start' in expected) return expectedFraction(expected.start, expected.end, reads.now);
  const version = await reads.get({ read: 'version', id: expected.versionId }, async () => {
    const v = await reads.client.version(expected.versionId);
    return { name: v.name, startDate: v.startDate ?? null, releaseDate: v.releaseDate ?? null };
  });
  const name = `The version "${version.name}"`;
  const missing = [version.startDate ? undefined : 'start date', version.releaseDate ? undefined : 'release date'].filter(Boolean);
  if (missing.length > 0) {
    throw new JiraError('INVALID_CONFIG', `${name} has no ${missing.join(' and no ')} in Jira; set ${missing.length > 1 ? 'them' : 'it'} there, or enter the dates in the gadget.`);
  }
  const start = version.startDate as string;
  const end = version.releaseDate as string;
  if (!Number.isFinite(parseIsoDate(start)) || !Number.isFinite(parseIsoDate(end))) throw new JiraError('BAD_RESPONSE', `Jira sent dates Glance could not read for the version "${version.name}".`);
  if (parseIsoDate(end) < parseIsoDate(start)) throw new JiraError('INVALID_CONFIG', `${name} is released (${end}) before it starts (${start}) in Jira.`);
  return expectedFraction(start, end, reads.now);
}
