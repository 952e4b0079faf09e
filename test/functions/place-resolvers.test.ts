/**
 * Issue 16 through the Forge-shaped resolvers: the zone and locale the view sends (from Forge's
 * context) reach every read and every render; a locale pinned in the configuration wins. A de-DE
 * user's counter of 1234 issues shows "1.234".
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { validateInEnglish as validate } from '../helpers/in-english';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const SEARCH = '/rest/api/3/search/jql';

const counter = (patch: Record<string, unknown> = {}) => ({
  version: 2,
  kind: 'counter',
  title: 'Open issues',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'count' },
  ...patch,
});

/** The text of the big number: the first <text> whose content is made of digits and separators. */
function bigNumber(svg: string): string | undefined {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).find((t) => /^[\d.,\u00a0\u202f']+$/.test(t));
}

describe("the user's locale and time zone in render and export", () => {
  let jira: JiraDouble;
  let handler: Handler;
  before(async () => {
    jira = await startJiraDouble({ count: (jql) => (jql === 'project = ABC' ? 1234 : jql.includes('created') ? 7 : 0) });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    // 15:00 UTC on 24 November: already the 25th at UTC+14.
    handler = handlerFor(jira.url, { now: () => Date.parse('2026-11-24T15:00:00Z') });
  });

  it('a de-DE user\'s counter of 1234 issues shows "1.234"; without a locale, "1,234"', async () => {
    const german = await call(handler, 'render', { locale: 'de-DE' }, { gadgetConfiguration: counter() });
    assert.equal(german.ok, true, JSON.stringify(german));
    assert.equal(bigNumber(german.svg), '1.234');
    const plain = await call(handler, 'render', {}, { gadgetConfiguration: counter() });
    assert.equal(bigNumber(plain.svg), '1,234');
  });

  it("a locale pinned in the configuration wins over the user's", async () => {
    const pinned = await call(handler, 'render', { locale: 'en-US' }, { gadgetConfiguration: counter({ locale: 'de-DE' }) });
    assert.equal(bigNumber(pinned.svg), '1.234');
    const english = await call(handler, 'render', { locale: 'de-DE' }, { gadgetConfiguration: counter({ locale: 'en-GB' }) });
    assert.equal(bigNumber(english.svg), '1,234');
  });

  it('the portable export is written in the same locale (its accessible text keeps the words)', async () => {
    const result = await call(handler, 'export', { locale: 'de-DE' }, { gadgetConfiguration: counter() });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.match(result.svg, /aria-label="[^"]*1\.234/);
  });

  it("the time zone decides the trend windows: Kiritimati's last day is the 25th, UTC's the 24th", async () => {
    const config = counter({ trend: { series: 'created', interval: 'day', points: 3 } });
    const kiritimati = await call(handler, 'render', { timeZone: 'Pacific/Kiritimati', locale: 'de-DE' }, { gadgetConfiguration: config });
    assert.equal(kiritimati.ok, true, JSON.stringify(kiritimati));
    assert.equal(
      decodeURIComponent(kiritimati.links['trend-2']),
      '/issues/?jql=(project = ABC) AND (created >= "2026-11-25" AND created < "2026-11-26")',
    );
    assert.match(kiritimati.svg, /25\. Nov\./, 'the labels are German');
    // Few issues: one search of their dates over the three local days (functions/metrics/trend-dates.ts).
    const sent = jira.requestsTo(SEARCH).map((r) => (r.body as { jql: string }).jql);
    assert.ok(sent.includes('(project = ABC) AND (created >= "2026-11-23" AND created < "2026-11-26")'), sent.join('\n'));

    jira.reset();
    const utc = await call(handler, 'render', {}, { gadgetConfiguration: config });
    assert.equal(
      decodeURIComponent(utc.links['trend-2']),
      '/issues/?jql=(project = ABC) AND (created >= "2026-11-24" AND created < "2026-11-25")',
    );
  });

  it('an unknown zone or locale from the client falls back to UTC and en-US, never an error, and the card says so', async () => {
    const config = counter({ trend: { series: 'created', interval: 'day', points: 2 } });
    const result = await call(handler, 'render', { timeZone: 'Mars/Olympus_Mons', locale: '<script>' }, { gadgetConfiguration: config });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.match(result.svg, />days in UTC</);
    assert.match(result.svg, /your time zone is unknown, so days are counted in UTC/);
    assert.equal(bigNumber(result.svg), '1,234');
    assert.equal(
      decodeURIComponent(result.links['trend-1']),
      '/issues/?jql=(project = ABC) AND (created >= "2026-11-24" AND created < "2026-11-25")',
    );
  });
});

describe('config: the optional pinned locale', () => {
  const base = { version: 2, kind: 'counter', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'count' } };

  it('is stored as a canonical BCP 47 tag', () => {
    const checked = validate({ ...base, locale: 'DE-de' });
    assert.equal(checked.ok, true);
    assert.equal(checked.ok && checked.config.locale, 'de-DE');
    const none = validate({ ...base, locale: '' });
    assert.equal(none.ok && 'locale' in none.config, false);
  });

  it('refuses what is not a language tag, saying how to write one', () => {
    for (const bad of ['de_DE', 'German', 42, 'x'.repeat(40)]) {
      const checked = validate({ ...base, locale: bad });
      assert.equal(checked.ok, false, String(bad));
      assert.deepEqual(!checked.ok && checked.errors.map((e) => e.path), ['locale']);
      assert.match(!checked.ok ? checked.errors[0].message : '', /language tag such as de-DE/);
    }
  });
});

describe('a missing time zone is said, never silently UTC', () => {
  let jira: JiraDouble;
  let handler: Handler;
  before(async () => {
    jira = await startJiraDouble({ count: () => 3 });
    handler = handlerFor(jira.url, { now: () => Date.parse('2026-11-25T12:00:00Z') });
  });
  after(() => jira.close());

  it('a trend without a zone: "days in UTC" on the card; with a zone, or a plain count, nothing', async () => {
    const trend = counter({ trend: { series: 'created', interval: 'day', points: 2 } });
    const without = await call(handler, 'render', { locale: 'de-DE' }, { gadgetConfiguration: trend });
    assert.match(without.svg, />Tage in UTC</);
    const given = await call(handler, 'render', { timeZone: 'Europe/Berlin' }, { gadgetConfiguration: trend });
    assert.doesNotMatch(given.svg, /UTC/);
    const plain = await call(handler, 'render', {}, { gadgetConfiguration: counter() });
    assert.doesNotMatch(plain.svg, /UTC/);
  });
});
