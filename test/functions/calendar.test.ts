/**
 * The zone-aware calendar (functions/metrics/calendar.ts) against instants written out by hand: zones
 * west and east of UTC, a half-hour zone, UTC+13/+14, and DST switch days of 23 and 25 hours,
 * including a jump over midnight. Offsets from the IANA tz data as of 2026 (Intl's, Node's ICU).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  dayOf,
  instantOfWall,
  isoDate,
  monthLabel,
  offsetMs,
  parseIsoDate,
  startOfDay,
  wallClock,
  weekStart,
} from '../../functions/metrics/calendar';
import { placeOf, timeZoneOf } from '../../functions/place';
import { supportedLocale } from '../../i18n/locale';
import { formatDay } from '../../render/format';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const date = (iso: string) => parseIsoDate(iso);

describe('the local date of an instant, where the local and the UTC date differ', () => {
  const cases: [string, string, string][] = [
    ['Pacific/Honolulu (UTC−10), evening', '2026-11-25T05:00:00Z', '2026-11-24'],
    ['Asia/Kolkata (UTC+5:30), after local midnight', '2026-11-24T18:30:00Z', '2026-11-25'],
    ['Asia/Kolkata, a minute before local midnight', '2026-11-24T18:29:00Z', '2026-11-24'],
    ['Pacific/Tongatapu (UTC+13), morning', '2026-11-24T12:00:00Z', '2026-11-25'],
    ['Pacific/Kiritimati (UTC+14), afternoon UTC', '2026-11-24T15:00:00Z', '2026-11-25'],
    ['America/New_York, the night DST starts', '2026-03-08T04:30:00Z', '2026-03-07'],
    ['Europe/Berlin, the night DST ends', '2026-10-24T22:30:00Z', '2026-10-25'],
  ];
  for (const [name, now, expected] of cases) {
    it(name, () => assert.equal(isoDate(dayOf(at(now), name.split(/[ ,]/)[0])), expected));
  }
});

describe('the start of a local day, and days of 23 and 25 hours', () => {
  const cases: [string, string, string, string, number][] = [
    // zone, date, its start, the next day's start, hours
    ['Pacific/Honolulu', '2026-11-24', '2026-11-24T10:00:00Z', '2026-11-25T10:00:00Z', 24],
    ['Asia/Kolkata', '2026-11-25', '2026-11-24T18:30:00Z', '2026-11-25T18:30:00Z', 24],
    ['Pacific/Tongatapu', '2026-11-25', '2026-11-24T11:00:00Z', '2026-11-25T11:00:00Z', 24],
    ['Pacific/Kiritimati', '2026-11-25', '2026-11-24T10:00:00Z', '2026-11-25T10:00:00Z', 24],
    ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 23],
    ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 25],
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z', 23],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z', 25],
    // Chile moves its clocks from 00:00 to 01:00: the day starts at 01:00 local.
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00Z', '2026-09-07T03:00:00Z', 23],
  ];
  for (const [zone, day, start, next, hours] of cases) {
    it(`${zone} ${day}: ${hours} hours`, () => {
      assert.equal(new Date(startOfDay(date(day), zone)).toISOString(), new Date(at(start)).toISOString());
      assert.equal(new Date(startOfDay(date(day) + 1, zone)).toISOString(), new Date(at(next)).toISOString());
      assert.equal((startOfDay(date(day) + 1, zone) - startOfDay(date(day), zone)) / HOUR, hours);
    });
  }

  it('wall-clock times skipped or repeated by DST resolve as Java (and so Jira) does', () => {
    // 02:30 does not exist on 29 March in Berlin: it is read as 03:30 CEST.
    assert.equal(instantOfWall(at('2026-03-29T02:30:00Z'), 'Europe/Berlin'), at('2026-03-29T01:30:00Z'));
    // 02:30 happens twice on 25 October: the first (CEST) is taken.
    assert.equal(instantOfWall(at('2026-10-25T02:30:00Z'), 'Europe/Berlin'), at('2026-10-25T00:30:00Z'));
    assert.equal(offsetMs(at('2026-10-25T00:30:00Z'), 'Europe/Berlin'), 2 * HOUR);
    assert.equal(offsetMs(at('2026-10-25T01:30:00Z'), 'Europe/Berlin'), HOUR);
    assert.equal(offsetMs(at('2026-11-24T12:00:00Z'), 'Asia/Kolkata'), 5.5 * HOUR);
    assert.equal(offsetMs(at('2026-11-24T12:00:00Z'), 'Pacific/Kiritimati'), 14 * HOUR);
  });

  it('property: every instant lies in its local day, and every local day starts on that day', () => {
    const zones = [
      'UTC',
      'Pacific/Honolulu',
      'Asia/Kolkata',
      'Pacific/Tongatapu',
      'Pacific/Kiritimati',
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    const from = at('2000-01-01T00:00:00Z');
    const to = at('2040-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: from, max: to }), (zone, t) => {
        const day = dayOf(t, zone);
        const start = startOfDay(day, zone);
        const end = startOfDay(day + 1, zone);
        assert.ok(start <= t && t < end, `${zone} ${new Date(t).toISOString()}`);
        assert.equal(dayOf(start, zone), day);
        assert.equal(dayOf(end - 1, zone), day);
        // Days last 23 to 25 hours (Lord Howe: 23.5 and 24.5).
        assert.ok(end - start >= 23 * HOUR && end - start <= 25 * HOUR);
        assert.equal(wallClock(t, zone) - t, offsetMs(t, zone));
      }),
      { numRuns: 400 },
    );
  });
});

describe('dates, weeks and labels', () => {
  it('ISO weeks start on Monday, across a year end', () => {
    assert.equal(isoDate(weekStart(date('2027-01-01'))), '2026-12-28');
    assert.equal(isoDate(weekStart(date('2026-11-23'))), '2026-11-23');
    assert.equal(isoDate(weekStart(date('2026-11-29'))), '2026-11-23');
    assert.equal(isoDate(weekStart(date('1969-12-31'))), '1969-12-29');
  });

  it('labels in the locale: en-US as before, de-DE in German', () => {
    assert.equal(formatDay('2026-11-17', 'en-US'), 'Nov 17');
    assert.equal(monthLabel(date('2026-11-17'), 'en-US'), 'Nov 2026');
    assert.equal(formatDay('2026-11-17', 'de-DE'), '17. Nov.');
    assert.equal(monthLabel(date('2026-03-01'), 'de-DE'), 'März 2026');
    assert.equal(formatDay('2026-11-17', 'ja-JP'), '11月17日');
  });

  it('parseIsoDate refuses what is not a date', () => {
    for (const bad of ['2026-02-30', '2026-2-3', '20261120', '']) assert.ok(Number.isNaN(parseIsoDate(bad)), bad);
  });
});

describe('the place of a request: zone and locale checked, pinned locale first', () => {
  it('time zones Intl knows, anything else is not one', () => {
    assert.equal(timeZoneOf('Pacific/Kiritimati'), 'Pacific/Kiritimati');
    assert.equal(timeZoneOf('UTC'), 'UTC');
    for (const bad of ['Mars/Olympus', '', 'x'.repeat(65), 42, null, '../../etc', 'Europe/Berlin\u0000'])
      assert.equal(timeZoneOf(bad), undefined, String(bad));
  });

  it("locales in Jira's and in BCP 47 spelling", () => {
    assert.equal(supportedLocale('de_DE'), 'de-DE');
    assert.equal(supportedLocale('de-DE'), 'de-DE');
    assert.equal(supportedLocale('pt_BR'), 'pt-BR');
    assert.equal(supportedLocale('EN-us'), 'en-US');
    for (const bad of ['de DE', '', '!!', 7, undefined, 'x'.repeat(40)]) assert.equal(supportedLocale(bad), undefined, String(bad));
  });

  it("falls back to UTC (marked: the card says so) and en-US; a pinned locale wins over the user's", () => {
    assert.deepEqual(placeOf({}), { timeZone: 'UTC', locale: 'en-US', zoneMissing: true });
    assert.deepEqual(placeOf({ timeZone: 'Nowhere/Else', locale: '??' }), { timeZone: 'UTC', locale: 'en-US', zoneMissing: true });
    assert.deepEqual(placeOf({ timeZone: 'UTC' }), { timeZone: 'UTC', locale: 'en-US' });
    assert.deepEqual(placeOf({ timeZone: 'Asia/Kolkata', locale: 'de_DE' }), { timeZone: 'Asia/Kolkata', locale: 'de-DE' });
    assert.deepEqual(placeOf({ timeZone: 'Asia/Kolkata', locale: 'de_DE' }, 'fr-CH'), { timeZone: 'Asia/Kolkata', locale: 'fr-CH' });
  });
});
