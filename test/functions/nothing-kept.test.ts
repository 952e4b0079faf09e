/**
 * When Jira struggles, on the server (issue #24): nothing read from Jira outlives the request that
 * read it, so a failing Jira gives a calm card marked `transient` (with when to retry, if Jira said),
 * never an old number; red only for what a person must fix. Identical reads in flight are shared and
 * then forgotten. Jira's beta rate-limit headers are hints, never stops. The last good picture lives
 * in the viewer's page (static/view/keep.ts, test/static/keep.test.ts).
 * Real resolvers through the Forge handler, the Jira double, an injected clock.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { InFlight, flightKey, type Owner } from '../../functions/in-flight';
import { ownerOf } from '../../functions/owner';
import { palette } from '../../render/theme';
import { startJiraDouble, type Fault, type JiraDouble } from '../helpers/jira-double';
import { parseXml } from '../helpers/xml';
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
const RED = palette('light').named.red;

describe('nothing read from Jira is kept on the server', () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock: number;
  let open: number;
  const render = (config: unknown = COUNTER, who: { accountId?: string; installContext?: string } = {}) =>
    call(handler, 'render', { width: 320 }, { gadgetConfiguration: config, moduleKey: 'glance-counter', ...who });

  before(async () => {
    jira = await startJiraDouble({
      count: () => open,
      fields: [{ id: 'customfield_1', name: 'Points', custom: true, schema: { type: 'number' } }],
    });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    clock = T0;
    open = 40;
    handler = handlerFor(jira.url, { now: () => clock, sleep: async (ms) => void (clock += ms), random: () => 0.5, budgetMs: 5_000 });
  });

  const TRANSIENT: [string, Fault, string][] = [
    [
      '429 with Retry-After',
      { status: 429, headers: { 'Retry-After': '3600', 'RateLimit-Reason': 'jira-quota-tenant-based' } },
      'RATE_LIMITED',
    ],
    ['503 (down)', { status: 503 }, 'UNAVAILABLE'],
    ['garbage (BAD_RESPONSE)', { malformed: true }, 'BAD_RESPONSE'],
  ];
  for (const [name, fault, code] of TRANSIENT) {
    it(`${name} right after a good render: a calm transient card, never the old number`, async () => {
      assert.equal((await render()).value, 40);
      clock += 2 * 60_000;
      jira.fault(API, fault, 10_000);
      const shown = await render();
      assert.equal(shown.ok, false, 'the server kept no number to show');
      assert.equal(shown.code, code);
      assert.equal(shown.transient, true);
      assert.ok(!shown.svg.includes(RED), 'calm: nothing red on a card nobody has to fix');
      assert.doesNotMatch(parseXml(shown.svg).attrs['aria-label'], /\b40\b/);
    });
  }

  it('a 429 says when to retry in retryInSeconds and the message; the card leaves the countdown to the view', async () => {
    jira.fault(API, { status: 429, headers: { 'Retry-After': '120', 'RateLimit-Reason': 'jira-burst-based' } }, 10);
    const card = await render();
    assert.equal(card.retryInSeconds, 120);
    assert.match(card.message, /retry in 2 min/);
    assert.doesNotMatch(card.svg, /retry in/);
  });

  it('what a person must fix stays red and is not transient', async () => {
    jira.fault(API, { status: 403, body: { errorMessages: ['No'] } }, 10);
    const card = await render();
    assert.equal(card.ok, false);
    assert.equal(card.transient, undefined);
    assert.ok(card.svg.includes(RED));
  });

  it('every render reads Jira again, live: nothing is served from an earlier request', async () => {
    await render();
    open = 55;
    clock += 1_000;
    jira.reset();
    assert.equal((await render()).value, 55);
    assert.equal(jira.requests.length, 1);
  });

  it('option lists are not kept either; identical loads in flight share one request (fieldOptions ignores the query)', async () => {
    const fields = (query: string) => call(handler, 'fieldOptions', { query });
    await Promise.all([fields('a'), fields('b'), fields('c')]);
    assert.equal(jira.requestsTo(`${API}field`).length, 1, 'one request for three identical lists in flight');
    await fields('a');
    assert.equal(jira.requestsTo(`${API}field`).length, 2, 'read again: the page keeps its lists, not the server');
  });

  it('beta headers are hints: X-Beta-RateLimit-NearLimit never switches a site to old numbers', async () => {
    jira.fault(API, { status: 200, body: { count: 40 }, headers: { 'X-Beta-RateLimit-NearLimit': 'true' } });
    assert.equal((await render()).value, 40);
    open = 55;
    clock += 2 * 60_000;
    jira.reset();
    const next = await render();
    assert.equal(next.value, 55);
    assert.equal(jira.requests.length, 1, 'asked Jira');
  });

  it('beta headers are hints: Beta-Retry-After never blocks a site beyond the enforced Retry-After', async () => {
    jira.fault(API, { status: 429, headers: { 'Retry-After': '1', 'Beta-Retry-After': '3600' } }, 10);
    const limited = await render();
    assert.equal(limited.code, 'RATE_LIMITED');
    assert.ok(limited.retryInSeconds === undefined || limited.retryInSeconds <= 2, `retry in ${limited.retryInSeconds} s`);
    jira.reset();
    clock += 5_000;
    assert.equal((await render()).value, 40, 'read live seconds later, not an hour later');
  });

  it('beta headers are hints: a 503 with only Beta-Retry-After is retried like any 503, no cooldown', async () => {
    jira.fault(API, { status: 503, headers: { 'Beta-Retry-After': '3600' } }, 1);
    const shown = await render();
    assert.equal(shown.value, 40, 'the retry after the backoff read it');
    assert.equal(jira.requests.length, 2);
  });
});

describe("the edit page's last reading (kept in its page, sent back with the next draft)", () => {
  let jira: JiraDouble;
  let handler: Handler;
  let clock: number;
  const draft = (config: Record<string, unknown>, reading?: unknown) =>
    call(handler, 'render', { width: 320, config, ...(reading === undefined ? {} : { reading }) }, { moduleKey: 'glance-counter' });

  before(async () => {
    jira = await startJiraDouble({ count: () => 40 });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    clock = T0;
    handler = handlerFor(jira.url, { now: () => clock });
  });

  it("a change of how the gadget looks is drawn from the page's reading, without asking Jira", async () => {
    const first = await draft(COUNTER);
    assert.ok(first.reading, 'the preview hands its numbers to the page');
    assert.equal(jira.requests.length, 1);
    clock += 30_000;
    const restyled = await draft({ ...COUNTER, title: 'Bugs', format: { style: 'compact' }, palette: 'colorblind' }, first.reading);
    assert.equal(restyled.ok, true, restyled.message);
    assert.equal(restyled.value, 40);
    assert.match(restyled.svg, />Bugs</);
    assert.equal(jira.requests.length, 1, 'no Jira call');
  });

  it('another query, an old reading, a forged one or a stored gadget: Jira is read', async () => {
    const { reading } = await draft(COUNTER);
    const cases: [string, () => Promise<unknown>][] = [
      ['another query', () => draft({ ...COUNTER, source: { type: 'jql', jql: 'project = XYZ' } }, reading)],
      ['not numbers', () => draft(COUNTER, { ...reading, numbers: { ...reading.numbers, value: '<script>' } })],
      [
        'a stored gadget',
        () => call(handler, 'render', { width: 320, reading }, { gadgetConfiguration: COUNTER, moduleKey: 'glance-counter' }),
      ],
      [
        'six minutes old',
        async () => {
          clock += 6 * 60_000;
          return draft(COUNTER, reading);
        },
      ],
    ];
    for (const [name, run] of cases) {
      const before = jira.requests.length;
      await run();
      assert.equal(jira.requests.length, before + 1, name);
    }
  });
});

describe('InFlight', () => {
  const ann = (installation = 'ari:cloud:jira::site/a'): Owner => ({ installation, accountId: 'ann' });

  it('shares a read in flight per installation and user, and forgets it once it settles', async () => {
    const flights = new InFlight();
    let loads = 0;
    const load = async () => (++loads, 7);
    await Promise.all([flights.share(ann(), 'k', load), flights.share(ann(), 'k', load)]);
    assert.equal(loads, 1);
    assert.equal(flights.size, 0, 'nothing left after the read');
    await flights.share(ann(), 'k', load);
    assert.equal(loads, 2);
    await Promise.all([flights.share(ann('ari:cloud:jira::site/b'), 'k', load), flights.share(ann(), 'k', load)]);
    assert.equal(loads, 4, 'another site never joins');
    await assert.rejects(flights.share(ann(), 'bad', () => Promise.reject(new Error('no'))));
    assert.equal(flights.size, 0, 'failures are forgotten too');
  });

  it('without an owner nothing is shared', async () => {
    const flights = new InFlight();
    let loads = 0;
    await Promise.all([flights.share(undefined, 'k', async () => ++loads), flights.share(undefined, 'k', async () => ++loads)]);
    assert.equal(loads, 2);
  });

  it('owner parts cannot be shifted into each other; ownerOf needs both from the runtime', () => {
    assert.notEqual(flightKey({ installation: 'a:b', accountId: 'c' }, 1), flightKey({ installation: 'a', accountId: 'b:c' }, 1));
    assert.notEqual(flightKey({ installation: 'a","b', accountId: 'c' }, 1), flightKey({ installation: 'a', accountId: 'b","c' }, 1));
    assert.deepEqual(ownerOf({ installContext: 'ari:cloud:jira::site/a', accountId: 'ann' }), ann());
    for (const context of [{ accountId: 'ann' }, { installContext: 'x' }, { installContext: '', accountId: 'ann' }, undefined]) {
      assert.equal(ownerOf(context as never), undefined, JSON.stringify(context));
    }
  });
});
