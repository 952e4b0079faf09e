/**
 * Jira's rate limits across requests (functions/jira/rate-limits.ts, rate-headers.ts, client.ts): the
 * per-installation cooldown after a 429 or a 5xx with Retry-After, Beta-Retry-After, RateLimit-Reason,
 * X-RateLimit-NearLimit, jittered retries and the in-flight limits. Fake clock, sleep and random; an
 * in-memory transport that records when each request was sent. Header semantics: Atlassian, "Rate
 * limiting" (https://developer.atlassian.com/cloud/jira/platform/rate-limiting).
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { DEFAULT_COOLDOWN_WAIT_MS, JiraClient, type ClientOptions } from '../../functions/jira/client';
import { JiraError } from '../../functions/jira/errors';
import { limitKey, readLimitHeaders } from '../../functions/jira/rate-headers';
import { retryIn } from '../../functions/status';
import { translator } from '../../i18n/index';
import { NEAR_LIMIT_MS, RateLimits } from '../../functions/jira/rate-limits';
import type { Transport, TransportResponse } from '../../functions/jira/transport';
import { createRng } from '../../dev/demo-jira/prng';

const SITE_A = 'ari:cloud:jira::site/a';
const SITE_B = 'ari:cloud:jira::site/b';
const T0 = Date.parse('2026-11-25T10:00:00Z');

type Answer = { status: number; headers?: Record<string, string>; body?: unknown };

/** A transport answering from `script` (one answer per request, then 200 {count: 7}); records send times. */
function scripted(clock: () => number, script: Answer[] = []) {
  const sent: { at: number; jql: string }[] = [];
  const transport: Transport = {
    async request(_method, _path, body): Promise<TransportResponse> {
      sent.push({ at: clock(), jql: (body as { jql?: string } | undefined)?.jql ?? '' });
      const a = script.shift() ?? { status: 200, body: { count: 7 } };
      return { status: a.status, headers: new Headers(a.headers ?? {}), text: JSON.stringify(a.body ?? { errorMessages: ['no'] }) };
    },
  };
  return { transport, sent, script };
}

/** The demo Jira's seeded PRNG (mulberry32), so "random" jitter is reproducible. */
const seeded = (seed: number): (() => number) => createRng(seed).next;

describe('cooldown per installation, across clients of one instance', () => {
  let clock: number;
  let slept: number[];
  let limits: RateLimits;
  const options = (installation: string, extra: ClientOptions = {}): ClientOptions => ({
    installation,
    limits,
    random: () => 0.5,
    now: () => clock,
    sleep: async (ms) => void (slept.push(ms), (clock += ms)),
    ...extra,
  });

  beforeEach(() => {
    clock = T0;
    slept = [];
    limits = new RateLimits();
  });

  it('after a 429, other clients of the same installation fail fast without calling Jira; another installation is unaffected', async () => {
    const jira = scripted(
      () => clock,
      [{ status: 429, headers: { 'Retry-After': '1800', 'RateLimit-Reason': 'jira-quota-tenant-based' } }],
    );
    await assert.rejects(new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = A'), (e: JiraError) => {
      assert.equal(e.code, 'RATE_LIMITED');
      assert.equal(e.details.retryAt, T0 + 1_800_000);
      assert.equal(e.details.limitReason, 'jira-quota-tenant-based');
      return true;
    });
    assert.equal(jira.sent.length, 1);

    clock += 60_000; // a later render of another gadget, another user of the same site
    await assert.rejects(new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = B'), (e: JiraError) => {
      assert.equal(e.code, 'RATE_LIMITED');
      assert.equal(e.details.retryAfterSeconds, 1_740);
      assert.equal(e.details.retryAt, T0 + 1_800_000);
      assert.equal(e.details.limitReason, 'jira-quota-tenant-based');
      return true;
    });
    assert.equal(jira.sent.length, 1, 'no Jira call inside the cooldown');
    assert.deepEqual(slept, [], 'failed at once: the cooldown outlasts the budget');

    assert.equal(await new JiraClient(jira.transport, options(SITE_B)).approximateCount('project = C'), 7, 'another site is not held back');
    assert.equal(jira.sent.length, 2);

    clock = T0 + 1_800_000;
    assert.equal(
      await new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = B'),
      7,
      'asks again once the cooldown is over',
    );
  });

  it('a cooldown that ends within the budget is waited out (with jitter) instead of failing', async () => {
    const jira = scripted(() => clock, [{ status: 429, headers: { 'Retry-After': '4' } }]);
    await assert.rejects(new JiraClient(jira.transport, options(SITE_A, { maxAttempts: 1 })).approximateCount('project = A'));
    const second = new JiraClient(jira.transport, options(SITE_A));
    assert.equal(await second.approximateCount('project = B'), 7);
    assert.equal(jira.sent[1].at, T0 + 4_000 + 2_000, 'Retry-After plus half of a jitter window as long as the wait');
  });

  // Atlassian: beta-prefixed headers announce a limit the request would have breached; only the
  // headers without `beta` mean it is enforced (functions/jira/rate-headers.ts cites the page).
  it('Beta-Retry-After later than Retry-After: only Retry-After holds the site back', async () => {
    const jira = scripted(() => clock, [{ status: 429, headers: { 'Retry-After': '5', 'Beta-Retry-After': '40' } }]);
    await assert.rejects(
      new JiraClient(jira.transport, options(SITE_A, { maxAttempts: 1 })).approximateCount('project = A'),
      (e: JiraError) => e.details.retryAt === T0 + 5_000,
    );
    clock = T0 + 5_001;
    assert.equal(await new JiraClient(jira.transport, options(SITE_A, { budgetMs: 1_000 })).approximateCount('project = A'), 7);
    assert.equal(jira.sent.length, 2, 'sent after 5 s, not 40');
  });

  it('Beta-Retry-After earlier than Retry-After: Retry-After wins (HTTP-date form too)', async () => {
    const date = new Date(T0 + 90_000).toUTCString();
    const jira = scripted(() => clock, [{ status: 429, headers: { 'Retry-After': date, 'Beta-Retry-After': '10' } }]);
    await assert.rejects(
      new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = A'),
      (e: JiraError) => e.details.retryAt === T0 + 90_000,
    );
  });

  it('503 with Retry-After cools the installation down too (UNAVAILABLE, with when to retry)', async () => {
    const jira = scripted(() => clock, [{ status: 503, headers: { 'Retry-After': '120' } }]);
    await assert.rejects(new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = A'), (e: JiraError) => {
      assert.equal(e.code, 'UNAVAILABLE');
      assert.equal(e.details.retryAt, T0 + 120_000);
      return true;
    });
    await assert.rejects(
      new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = B'),
      (e: JiraError) => e.code === 'UNAVAILABLE' && e.details.retryAfterSeconds === 120,
    );
    assert.equal(jira.sent.length, 1, 'the second client did not call Jira');
  });

  it('503 with a short Retry-After: waits it out and succeeds; 503 without it: plain jittered backoff, no cooldown', async () => {
    const jira = scripted(() => clock, [{ status: 503, headers: { 'Retry-After': '2' } }, { status: 503 }]);
    assert.equal(await new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = A'), 7);
    assert.deepEqual(
      jira.sent.map((s) => s.at - T0),
      [0, 3_000, 3_000 + 300],
      '2 s + jitter, then half of the 600 ms backoff',
    );
    assert.equal(limits.cooldown(SITE_A, clock), undefined);
  });

  it('a 429 without Retry-After still holds the installation back for the backoff', async () => {
    const jira = scripted(() => clock, [{ status: 429 }]);
    const first = new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = A');
    assert.equal(await first, 7);
    assert.ok(jira.sent[1].at - T0 >= 300, `retried after ${jira.sent[1].at - T0} ms`);
  });

  it('a render waits out cooldowns for at most DEFAULT_COOLDOWN_WAIT_MS in all, then says "rate limited" at once', async () => {
    // A storm: every answer a 429 without Retry-After, to ten parallel reads of one render (a trend, a
    // ratio's segments) whose backoffs extend each other's cooldown.
    const jira = scripted(
      () => clock,
      Array.from({ length: 200 }, () => ({ status: 429 })),
    );
    const client = new JiraClient(jira.transport, options(SITE_A, { random: seeded(7) }));
    const reads = Array.from({ length: 10 }, (_, i) =>
      client.approximateCount(`project = P${i}`).then(
        () => 'ok',
        (e: JiraError) => e.code,
      ),
    );
    assert.deepEqual(await Promise.all(reads), Array(10).fill('RATE_LIMITED'));
    assert.ok(clock - T0 <= DEFAULT_COOLDOWN_WAIT_MS, `answered after ${clock - T0} ms`);
    assert.ok(
      jira.sent.every((s) => s.at - T0 <= DEFAULT_COOLDOWN_WAIT_MS - 1_000),
      'no request it could not wait for',
    );
  });

  it('a cooldown ending within the allowance is waited out and the render reads live; one beyond it fails unsent', async () => {
    const short = scripted(() => clock, [{ status: 429, headers: { 'Retry-After': '5' } }]);
    assert.equal(await new JiraClient(short.transport, options(SITE_A)).approximateCount('project = A'), 7);
    clock += 60_000;
    limits.coolDown(SITE_B, { until: clock + DEFAULT_COOLDOWN_WAIT_MS, status: 429 });
    const long = scripted(() => clock);
    const before = clock;
    await assert.rejects(
      new JiraClient(long.transport, options(SITE_B)).approximateCount('project = B'),
      (e: JiraError) => e.code === 'RATE_LIMITED' && e.details.retryAfterSeconds === 8,
    );
    assert.equal(clock, before, 'no wait');
    assert.equal(long.sent.length, 0);
  });

  it('a clock that does not move while sleeping cannot make a request wait forever', async () => {
    limits.coolDown(SITE_A, { until: T0 + 2_000, status: 429 });
    const jira = scripted(() => clock);
    let sleeps = 0;
    const frozen = new JiraClient(jira.transport, options(SITE_A, { sleep: async () => void sleeps++ }));
    await assert.rejects(frozen.approximateCount('project = A'), (e: JiraError) => e.code === 'RATE_LIMITED');
    assert.ok(sleeps <= 8, `${sleeps} sleeps`);
    assert.equal(jira.sent.length, 0);
  });

  it('requests queued in one render do not go out while the cooldown runs', async () => {
    const jira = scripted(() => clock, [{ status: 429, headers: { 'Retry-After': '3' } }]);
    const client = new JiraClient(jira.transport, options(SITE_A, { maxInFlight: 1 }));
    const counts = await Promise.all(['a', 'b', 'c', 'd'].map((p) => client.approximateCount(`project = ${p}`)));
    assert.deepEqual(counts, [7, 7, 7, 7]);
    assert.equal(jira.sent.length, 5);
    assert.ok(
      jira.sent.slice(1).every((s) => s.at >= T0 + 3_000),
      jira.sent.map((s) => s.at - T0).join(', '),
    );
  });

  it('a beta near-limit hint slows pacing a little (a jittered wait of at most 250 ms per request), never a stop', async () => {
    const jira = scripted(() => clock, [{ status: 200, headers: { 'X-Beta-RateLimit-NearLimit': 'true' }, body: { count: 1 } }]);
    await new JiraClient(jira.transport, options(SITE_A)).approximateCount('project = A');
    assert.deepEqual(slept, [], 'no wait before Jira said anything');
    const next = new JiraClient(jira.transport, options(SITE_A));
    assert.equal(await next.approximateCount('project = B'), 7, 'sent, not held back');
    assert.deepEqual(slept, [125], 'random 0.5 × 250 ms');
    assert.equal(jira.sent.length, 2);
  });

  it('X-RateLimit-NearLimit (and the beta hint, for pacing only) is recorded per installation, expires, and "false" clears it', async () => {
    const jira = scripted(() => clock, [{ status: 200, headers: { 'X-RateLimit-NearLimit': 'true' }, body: { count: 1 } }]);
    const a = new JiraClient(jira.transport, options(SITE_A));
    await a.approximateCount('project = A');
    assert.equal(a.nearLimit, true);
    assert.equal(new JiraClient(jira.transport, options(SITE_B)).nearLimit, false, 'not another site');
    clock += NEAR_LIMIT_MS;
    assert.equal(a.nearLimit, false, 'expired');
    const later = new JiraClient(jira.transport, options(SITE_A));
    jira.script.push({ status: 200, headers: { 'x-beta-ratelimit-nearlimit': 'TRUE' }, body: { count: 1 } });
    await later.approximateCount('project = A');
    assert.equal(limits.nearLimit(SITE_A, clock), true);
    jira.script.push({ status: 200, headers: { 'X-RateLimit-NearLimit': 'false' }, body: { count: 1 } });
    await later.approximateCount('project = A');
    assert.equal(limits.nearLimit(SITE_A, clock), false);
  });
});

describe('jitter spreads retries', () => {
  /** 20 fresh instances (own registries) all get a 429 with Retry-After 1 at once; when does each retry? */
  async function retryTimes(random: () => number): Promise<number[]> {
    const clock = { t: T0 };
    const jira = scripted(
      () => clock.t,
      Array.from({ length: 20 }, () => ({ status: 429, headers: { 'Retry-After': '1' } })),
    );
    const times = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        let local = T0;
        const client = new JiraClient(jira.transport, {
          installation: SITE_A,
          limits: new RateLimits(),
          random,
          now: () => local,
          sleep: async (ms) => void (local += ms),
        });
        clock.t = T0;
        await client.approximateCount(`project = P${i}`);
        return local - T0;
      }),
    );
    return times;
  }

  it('spread over the second after Retry-After, not in lockstep', async () => {
    const times = await retryTimes(seeded(17));
    assert.ok(
      times.every((t) => t >= 1_000 && t <= 2_000),
      times.join(', '),
    );
    assert.ok(new Set(times).size >= 18, `distinct retry times: ${new Set(times).size}`);
    assert.ok(Math.max(...times) - Math.min(...times) >= 500, `spread ${Math.max(...times) - Math.min(...times)} ms`);
  });

  it('(the same check fails without jitter: every instance retries at the same moment)', async () => {
    const times = await retryTimes(() => 0);
    assert.equal(new Set(times).size, 1);
  });

  it('5xx backoff is full jitter: a uniform wait in [0, backoff]', async () => {
    const waits: number[] = [];
    const random = seeded(5);
    for (let i = 0; i < 200; i++) {
      let clock = T0;
      const jira = scripted(() => clock, [{ status: 500 }]);
      await new JiraClient(jira.transport, {
        limits: new RateLimits(),
        random,
        now: () => clock,
        sleep: async (ms) => void (waits.push(ms), (clock += ms)),
      }).approximateCount('project = A');
    }
    assert.ok(waits.every((w) => w >= 0 && w <= 300));
    assert.ok(waits.some((w) => w < 75) && waits.some((w) => w > 225), 'both ends of the range are used');
  });
});

describe('pacing', () => {
  /** A transport that answers after `ms` real milliseconds and records the most requests in flight at once (per site). */
  function slowJira(ms = 5) {
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const forSite = (site: string): Transport => ({
      async request() {
        const n = (inFlight.get(site) ?? 0) + 1;
        inFlight.set(site, n);
        peak.set(site, Math.max(peak.get(site) ?? 0, n));
        await new Promise((r) => setTimeout(r, ms));
        inFlight.set(site, (inFlight.get(site) ?? 1) - 1);
        return { status: 200, headers: new Headers(), text: '{"count":1}' };
      },
    });
    return { forSite, peak };
  }

  it('one render never has more than 4 requests in flight', async () => {
    const jira = slowJira();
    const client = new JiraClient(jira.forSite(SITE_A), { installation: SITE_A, limits: new RateLimits() });
    await Promise.all(Array.from({ length: 20 }, (_, i) => client.approximateCount(`project = P${i}`)));
    assert.equal(jira.peak.get(SITE_A), 4);
  });

  it('one instance never has more than 8 in flight per installation, whatever the number of renders; sites are paced apart', async () => {
    const jira = slowJira();
    const limits = new RateLimits();
    const renders = [SITE_A, SITE_A, SITE_A, SITE_A, SITE_A, SITE_B, SITE_B, SITE_B].map((site) => ({
      site,
      client: new JiraClient(jira.forSite(site), { installation: site, limits }),
    }));
    await Promise.all(renders.flatMap(({ client }) => Array.from({ length: 10 }, (_, i) => client.approximateCount(`project = P${i}`))));
    assert.equal(jira.peak.get(SITE_A), 8);
    assert.equal(jira.peak.get(SITE_B), 8);
  });

  it('waiting for a place never outlasts the budget (real clock)', async () => {
    // AbortSignal.timeout's timer does not keep Node's event loop alive (a real hung request's socket would).
    const keepAlive = setTimeout(() => undefined, 5_000);
    const limits = new RateLimits({ perInstallation: 1 });
    const hung: Transport = {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- mirrors the real abort behaviour
      request: (_m, _p, _b, signal) => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    };
    const hog = new JiraClient(hung, { installation: SITE_A, limits, budgetMs: 1_000, maxAttempts: 1 })
      .approximateCount('project = A')
      .catch((e: unknown) => e);
    const started = performance.now();
    await assert.rejects(
      new JiraClient(hung, { installation: SITE_A, limits, budgetMs: 150 }).approximateCount('project = B'),
      (e: JiraError) => e.code === 'TIMEOUT',
    );
    const waited = performance.now() - started;
    assert.ok(waited < 1_500, `gave up after ${waited.toFixed(0)} ms`);
    assert.equal(limits.gate(SITE_A).inUse, 1, 'the queued request took no place');
    await hog;
    clearTimeout(keepAlive);
  });
});

describe('rate-limit headers', () => {
  const now = T0;
  const cases: [string, Record<string, string>, ReturnType<typeof readLimitHeaders>][] = [
    ['nothing', {}, {}],
    ['Retry-After seconds', { 'Retry-After': '30' }, { retryAt: now + 30_000 }],
    ['Beta-Retry-After alone: a hint, no time to wait', { 'Beta-Retry-After': '3600' }, { betaHint: true }],
    [
      'Retry-After wins over a later beta one',
      { 'Retry-After': '30', 'Beta-Retry-After': '45' },
      { retryAt: now + 30_000, betaHint: true },
    ],
    ['an unreadable one is ignored', { 'Retry-After': 'soon' }, {}],
    [
      'reason and near limit',
      { 'RateLimit-Reason': ' jira-burst-based ', 'X-RateLimit-NearLimit': 'true' },
      { reason: 'jira-burst-based', nearLimit: true },
    ],
    [
      'beta spellings are not the enforced headers',
      { 'X-Beta-RateLimit-Reason': 'jira-quota-tenant-based', 'X-Beta-RateLimit-NearLimit': 'false' },
      {},
    ],
    ['beta near limit: a pacing hint', { 'X-Beta-RateLimit-NearLimit': 'true' }, { betaHint: true }],
    ['near limit not a boolean', { 'X-RateLimit-NearLimit': 'maybe' }, {}],
    ['a huge reason is cut', { 'RateLimit-Reason': 'x'.repeat(500) }, { reason: 'x'.repeat(60) }],
  ];
  for (const [name, headers, expected] of cases) it(name, () => assert.deepEqual(readLimitHeaders(new Headers(headers), now), expected));

  const reasons: [string | undefined, RegExp][] = [
    ['jira-burst-based', /per-second/],
    ['jira-quota-tenant-based', /hourly .*quota for this site/],
    ['jira-quota-global-based', /hourly Jira quota is used up/],
    ['jira-per-issue-on-write', /per-issue/],
    ['jira-cost-based', /cost budget/],
    ['something-new', /rate limit/],
    [undefined, /rate limit/],
  ];
  for (const [reason, phrase] of reasons)
    it(`reason ${reason} → ${phrase}`, () => assert.match(translator('en')(limitKey(reason)), phrase));

  const waits: [number, string][] = [
    [0, 'retry in 1 s'],
    [1, 'retry in 1 s'],
    [119, 'retry in 119 s'],
    [120, 'retry in 2 min'],
    [3_600, 'retry in 60 min'],
    [7_200, 'retry in 2 h'],
  ];
  for (const [seconds, text] of waits) it(`${seconds} s → ${text}`, () => assert.equal(retryIn(seconds, translator('en')), text));
});
