import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { JiraClient } from '../../functions/jira/client';
import { JiraError } from '../../functions/jira/errors';
import { english } from '../helpers/in-english';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import { RateLimits } from '../../functions/jira/rate-limits';
import { retryAfterMs } from '../../functions/jira/retry-after';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';

const COUNT = '/rest/api/3/search/approximate-count';

describe('JiraClient against the Jira double', () => {
  let jira: JiraDouble;
  let slept: number[];
  // Fake clock: sleeping advances time instantly, so retries and budgets are tested without waiting.
  // Jitter is pinned to the middle of its range; every test is a fresh instance (its own rate limits).
  let clock: number;
  let limits: RateLimits;
  const client = (budgetMs = 20_000) =>
    new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 'secret' }), {
      budgetMs,
      limits,
      random: () => 0.5,
      now: () => clock,
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });

  before(async () => {
    jira = await startJiraDouble({ count: (jql) => (jql === 'project = ABC' ? 42 : 0) });
  });
  after(() => jira.close());
  beforeEach(() => {
    jira.reset();
    slept = [];
    clock = 1_000_000;
    limits = new RateLimits();
  });

  it('counts with one POST carrying the JQL and Basic auth', async () => {
    assert.equal(await client().approximateCount('project = ABC'), 42);
    assert.equal(jira.requests.length, 1);
    const [r] = jira.requests;
    assert.equal(r.method, 'POST');
    assert.equal(r.path, COUNT);
    assert.deepEqual(r.body, { jql: 'project = ABC' });
    assert.equal(r.auth, `Basic ${Buffer.from('ann@example.com:secret').toString('base64')}`);
  });

  it('retries 500 and 503 with growing backoff (full jitter: half of 300, 600 ms here), then succeeds', async () => {
    jira.fault(COUNT, { status: 500 });
    jira.fault(COUNT, { status: 503 });
    assert.equal(await client().approximateCount('project = ABC'), 42);
    assert.equal(jira.requestsTo(COUNT).length, 3);
    assert.deepEqual(slept, [150, 300]);
  });

  it('retries a dropped connection', async () => {
    jira.fault(COUNT, { reset: true });
    assert.equal(await client().approximateCount('project = ABC'), 42);
    assert.equal(jira.requestsTo(COUNT).length, 2);
  });

  it('gives up after 4 attempts with UNAVAILABLE', async () => {
    jira.fault(COUNT, { status: 502 }, 10);
    await assert.rejects(
      client().approximateCount('project = ABC'),
      (e: JiraError) => e.code === 'UNAVAILABLE' && e.details.status === 502,
    );
    assert.equal(jira.requestsTo(COUNT).length, 4);
  });

  it('honours Retry-After on 429 (plus a jitter as long as the wait, half of it here)', async () => {
    jira.fault(COUNT, { status: 429, headers: { 'Retry-After': '3' } });
    assert.equal(await client().approximateCount('project = ABC'), 42);
    assert.deepEqual(slept, [4500]);
  });

  it('reports RATE_LIMITED when Retry-After does not fit in the budget', async () => {
    jira.fault(COUNT, { status: 429, headers: { 'Retry-After': '60' } });
    await assert.rejects(
      client().approximateCount('project = ABC'),
      (e: JiraError) => e.code === 'RATE_LIMITED' && e.details.retryAfterSeconds === 60,
    );
    assert.deepEqual(slept, []);
    assert.equal(jira.requestsTo(COUNT).length, 1);
  });

  it('stops retrying when the backoff would pass the budget', async () => {
    jira.fault(COUNT, { status: 503 }, 10);
    await assert.rejects(client(400).approximateCount('project = ABC'), (e: JiraError) => e.code === 'UNAVAILABLE');
    assert.deepEqual(slept, [150]);
  });

  const mapped: [string, Parameters<JiraDouble['fault']>[1], string, RegExp?][] = [
    [
      "400 keeps Jira's words",
      { status: 400, body: { errorMessages: ["Field 'bogus' does not exist or you do not have permission to view it."], errors: {} } },
      'INVALID_JQL',
      /Field 'bogus' does not exist/,
    ],
    ['401', { status: 401 }, 'UNAUTHENTICATED'],
    ['403', { status: 403 }, 'NO_PERMISSION'],
    ['404', { status: 404, body: { errorMessages: ['Gone'], errors: {} } }, 'NOT_FOUND', /Gone/],
    ['410 (removed API)', { status: 410 }, 'BAD_RESPONSE', /HTTP 410/],
    ['malformed JSON', { malformed: true }, 'BAD_RESPONSE'],
    ['wrong shape', { status: 200, body: { total: 3 } }, 'BAD_RESPONSE', /approximate-count/],
  ];
  for (const [name, fault, code, message] of mapped) {
    it(`maps ${name} to ${code} without retrying`, async () => {
      jira.fault(COUNT, fault);
      await assert.rejects(client().approximateCount('project = ABC'), (e: JiraError) => {
        assert.equal(e.code, code);
        // Jira's own words are what the user is told; for the other codes the card says it all, and the log line names the answer.
        if (message) assert.match(['INVALID_JQL', 'NOT_FOUND'].includes(code) ? english(e.said) : e.message, message);
        return true;
      });
      assert.equal(jira.requestsTo(COUNT).length, 1);
    });
  }

  it("maps Jira's 400 for unbounded JQL to INVALID_JQL with its message", async () => {
    await assert.rejects(
      client().approximateCount(''),
      (e: JiraError) => e.code === 'INVALID_JQL' && /Unbounded JQL/.test(english(e.said)),
    );
  });

  it('times out a slow answer within the budget (real clock)', async () => {
    // Every answer slow: a request past its share of the budget is retried (budget.ts), so one slow
    // answer alone may be read by the retry.
    jira.fault(COUNT, { delayMs: 2_000 }, 10);
    const realClient = new JiraClient(fetchTransport({ baseUrl: jira.url, email: 'a', apiToken: 'b' }), { budgetMs: 200 });
    await assert.rejects(realClient.approximateCount('project = ABC'), (e: JiraError) => e.code === 'TIMEOUT');
  });

  it('maps a filter that is not visible (Jira: 400) to NOT_FOUND', async () => {
    await assert.rejects(client().filter('999'), (e: JiraError) => e.code === 'NOT_FOUND' && /not available to you/.test(english(e.said)));
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const cases: [string | null, number | null][] = [
    [null, null],
    ['5', 5000],
    [' 0 ', 0],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', null],
    ['-3', null],
  ];
  for (const [header, expected] of cases) it(`${header} → ${expected}`, () => assert.equal(retryAfterMs(header, now), expected));
});
