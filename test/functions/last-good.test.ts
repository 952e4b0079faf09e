/**
 * Keep the last good number (functions/last-good.ts): when Jira is rate limiting, down, slow or
 * answering garbage, a gadget that had a number shows it with its age, per installation and user,
 * for 24 hours; never for configuration or access errors, never in the edit preview; and while Jira
 * says its budget is nearly spent, kept numbers are preferred. Real resolvers through the Forge
 * handler, the Jira double, an injected clock.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { LAST_GOOD_MS } from '../../functions/last-good';
import { NEAR_LIMIT_MS } from '../../functions/jira/rate-limits';
import { startJiraDouble, type Fault, type JiraDouble } from '../helpers/jira-double';
import { allElements, parseXml, textContent } from '../helpers/xml';
import { call, handlerFor, type Handler } from '../../support/forge-call';

const API = '/rest/api/3/';
const T0 = Date.parse('2026-11-25T10:42:00Z');
const COUNTER = {
  version: 2,
  kind: 'counter',
  title: 'Open bugs',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'count' },
};
const PROGRESS = {
  version: 2,
  kind: 'progress',
  title: 'Sprint',
  source: { type: 'jql', jql: 'project = ABC' },
  metric: { type: 'ratio', segments: true },
};
const texts = (svg: string) =>
  allElements(parseXml(svg))
    .filter((e) => e.name === 'text')
    .map(textContent);

describe('the last good number', () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock: number;
  let open: number;
  const render = (
    config: unknown = COUNTER,
    payload: Record<string, unknown> = {},
    who: { accountId?: string; installContext?: string } = {},
  ) =>
    call(
      handler,
      'render',
      { width: 320, ...payload },
      { gadgetConfiguration: config, moduleKey: `glance-${(config as { kind: string }).kind}`, ...who },
    );

  before(async () => {
    jira = await startJiraDouble({
      count: (jql) => (jql.includes('Done') ? 10 : jql.includes('"To Do"') ? open - 15 : jql.includes('In Progress') ? 5 : open),
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    clock = T0;
    open = 40;
    handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms), random: () => 0.5, budgetMs: 5_000 });
  });

  /** A good render at T0, then Jira fails with `fault` from 2 minutes later (past the 60 s freshness). */
  async function goodThenFailing(fault: Fault, config: unknown = COUNTER): Promise<void> {
    const good = await render(config);
    assert.equal(good.ok, true, good.message);
    assert.equal(good.stale, undefined);
    open = 55; // Jira's number moves on meanwhile: only a live read could know
    clock = T0 + 2 * 60_000;
    jira.fault(API, fault, 10_000);
  }

  const TRANSIENT: [string, Fault, RegExp][] = [
    [
      '429 with Retry-After',
      { status: 429, headers: { 'Retry-After': '3600', 'RateLimit-Reason': 'jira-quota-tenant-based' } },
      /rate limiting/,
    ],
    ['503 (down)', { status: 503 }, /not responding/],
    ['slow (TIMEOUT)', { delayMs: 5_000 }, /too long/],
    ['garbage (BAD_RESPONSE)', { malformed: true }, /could not read/],
  ];
  for (const [name, fault, why] of TRANSIENT) {
    it(`${name}: the last good number, with its age and why`, async () => {
      if ('delayMs' in fault) handler = handlerFor(jira.url, { now: () => clock, budgetMs: 150 });
      await goodThenFailing(fault);
      const shown = await render();
      assert.equal(shown.ok, true, shown.message);
      assert.equal(shown.stale, true);
      assert.equal(shown.value, 40);
      assert.equal(shown.computedAt, new Date(T0).toISOString());
      assert.ok(texts(shown.svg).includes('as of 10:42 AM'), texts(shown.svg).join(' | '));
      assert.match(parseXml(shown.svg).attrs['aria-label'], why);
    });
  }

  it('a progress bar keeps all its counts (total, done, segments)', async () => {
    await goodThenFailing({ status: 429, headers: { 'Retry-After': '600' } }, PROGRESS);
    const shown = await render(PROGRESS);
    assert.equal(shown.stale, true);
    assert.ok(texts(shown.svg).includes('10 of 40 done'), texts(shown.svg).join(' | '));
  });

  const PERMANENT: [string, Fault, string][] = [
    ['401', { status: 401 }, 'UNAUTHENTICATED'],
    ['403', { status: 403 }, 'NO_PERMISSION'],
    ['404', { status: 404 }, 'NOT_FOUND'],
    ['400 invalid JQL', { status: 400, body: { errorMessages: ["Field 'x' does not exist."], errors: {} } }, 'INVALID_JQL'],
  ];
  for (const [name, fault, code] of PERMANENT) {
    it(`${name}: the error, never the old number`, async () => {
      await goodThenFailing(fault);
      const shown = await render();
      assert.equal(shown.ok, false);
      assert.equal(shown.code, code);
      assert.doesNotMatch(shown.svg, /as of|\b40\b/);
    });
  }

  it('the edit preview shows the error, not the last good number', async () => {
    await goodThenFailing({ status: 503 });
    const preview = await render(COUNTER, { config: COUNTER });
    assert.equal(preview.ok, false);
    assert.equal(preview.code, 'UNAVAILABLE');
  });

  it('kept per installation and user: nobody else gets it', async () => {
    await goodThenFailing({ status: 503 });
    assert.equal((await render(COUNTER, {}, { accountId: 'bob' })).code, 'UNAVAILABLE', 'another user');
    assert.equal(
      (await render(COUNTER, {}, { installContext: 'ari:cloud:jira::site/other' })).code,
      'UNAVAILABLE',
      'the same account on another site',
    );
    assert.equal((await render()).stale, true, 'the owner still gets it');
  });

  it('for 24 hours, then the error', async () => {
    await goodThenFailing({ status: 503 });
    clock = T0 + LAST_GOOD_MS - 60_000;
    const late = await render();
    assert.equal(late.stale, true);
    assert.ok(texts(late.svg).includes('as of Nov 25, 10:42 AM'), 'another day: the date too');
    clock = T0 + LAST_GOOD_MS + 1;
    assert.equal((await render()).code, 'UNAVAILABLE');
  });

  it("the age in the user's time zone and locale, and in their language", async () => {
    await goodThenFailing({ status: 503 });
    const berlin = await render(COUNTER, { timeZone: 'Europe/Berlin', locale: 'de-DE' });
    assert.ok(texts(berlin.svg).includes('Stand 11:42'), texts(berlin.svg).join(' | '));
    const honolulu = await render(COUNTER, { timeZone: 'Pacific/Honolulu' });
    assert.ok(texts(honolulu.svg).includes('as of 12:42 AM'), texts(honolulu.svg).join(' | '));
    const nonsense = await render(COUNTER, { timeZone: 'Mars/Olympus' });
    assert.ok(texts(nonsense.svg).includes('as of 10:42 AM'), 'an unknown zone: UTC');
  });

  it('during a cooldown, refreshes show the last good number without calling Jira', async () => {
    await goodThenFailing({ status: 429, headers: { 'Retry-After': '3600' } });
    assert.equal((await render()).stale, true);
    const calls = jira.requests.length;
    for (let i = 0; i < 3; i++) {
      clock += 5 * 60_000;
      const shown = await render();
      assert.equal(shown.stale, true);
      assert.equal(shown.value, 40);
    }
    assert.equal(jira.requests.length, calls);
  });

  it('the first render after Jira recovers is live again', async () => {
    await goodThenFailing({ status: 429, headers: { 'Retry-After': '60' } });
    assert.equal((await render()).stale, true);
    jira.reset();
    clock += 60_000;
    const live = await render();
    assert.equal(live.ok, true);
    assert.equal(live.stale, undefined);
    assert.equal(live.value, 55);
  });

  it('while Jira says its budget is nearly spent, kept numbers are used without asking; later, live again', async () => {
    jira.fault(API, { status: 200, body: { count: 40 }, headers: { 'X-RateLimit-NearLimit': 'true' } });
    assert.equal((await render()).value, 40);
    open = 55;
    clock = T0 + 2 * 60_000;
    jira.reset();
    const kept = await render();
    assert.equal(jira.requests.length, 0, 'no Jira call');
    assert.equal(kept.value, 40);
    assert.equal(kept.stale, true);
    assert.match(parseXml(kept.svg).attrs['aria-label'], /nearly spent/);
    clock = T0 + NEAR_LIMIT_MS + 1;
    const live = await render();
    assert.equal(live.value, 55);
    assert.equal(live.stale, undefined);
  });

  it('without a number read before, the status card as always', async () => {
    jira.fault(API, { status: 503 }, 10_000);
    const shown = await render();
    assert.equal(shown.ok, false);
    assert.equal(shown.code, 'UNAVAILABLE');
  });
});
