/**
 * Platform edges the Jira doubles never produce, each handled as Atlassian's docs or packages say
 * (the citations are beside the handling): project search answering 404 for "no match", a Forge
 * proxy error (`@forge/api` ProxyRequestError) handled by its status, and a request that ignores its
 * AbortSignal still ending at the client's time limit.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { route } from '@forge/api';
import { defineResolvers } from '../../functions/app';
import { JiraClient } from '../../functions/jira/client';
import { JiraError } from '../../functions/jira/errors';
import { forgeTransportFor } from '../../functions/jira/forge-transport';
import { RateLimits } from '../../functions/jira/rate-limits';
import type { Transport } from '../../functions/jira/transport';
import { Resolver } from '../../functions/resolver';
import { call, handlerFor } from '../../support/forge-call';
import { startJiraDouble } from '../helpers/jira-double';

const g = globalThis as Record<string, unknown>;
const instant = () => {
  let t = Date.now();
  return { now: () => t, sleep: async (ms: number) => void (t += ms), random: () => 0, limits: new RateLimits() };
};

describe('platform edges', () => {
  afterEach(() => {
    delete g.__forge_fetch__;
  });

  it('project search 404 ("no projects matching") → an empty list, not an error', async () => {
    const seen: string[] = [];
    const transport: Transport = {
      request: async (_method, path) => {
        seen.push(path.value);
        return { status: 404, headers: new Headers(), text: '{"errorMessages":["No project could be found."]}' };
      },
    };
    const resolver = new Resolver();
    defineResolvers(resolver, { transportFor: () => transport, rateLimits: new RateLimits() });
    const result = await call(resolver.getDefinitions(), 'projectOptions', { query: 'zzz' });
    assert.deepEqual(result, { ok: true, options: [] });
    assert.equal(seen.length, 1);
    assert.match(seen[0], /^\/rest\/api\/3\/project\/search\?query=zzz/);
  });

  /** The Forge runtime's product fetch answering with Forge's proxy-error header (what makes @forge/api throw ProxyRequestError). */
  const proxyAnswers = (status: number, reason: string) => {
    const calls: string[] = [];
    g.__forge_fetch__ = async (_opts: unknown, path: string) => {
      calls.push(path);
      return new Response('', { status, headers: { 'forge-proxy-error': reason } });
    };
    return calls;
  };

  it("a Forge proxy error with a 4xx: one request, the status's own error (no retries)", async () => {
    const calls = proxyAnswers(403, 'SOME_PROXY_REFUSAL');
    const client = new JiraClient(forgeTransportFor('ann'), instant());
    await assert.rejects(client.approximateCount('project = A'), (e: unknown) => {
      assert.ok(e instanceof JiraError);
      assert.equal(e.code, 'NO_PERMISSION');
      return true;
    });
    assert.equal(calls.length, 1);
  });

  it('a Forge proxy error with a 5xx: retried like Jira being down, then UNAVAILABLE', async () => {
    const calls = proxyAnswers(503, 'PROXY_UNAVAILABLE');
    const client = new JiraClient(forgeTransportFor('ann'), instant());
    await assert.rejects(client.approximateCount('project = A'), (e: unknown) => e instanceof JiraError && e.code === 'UNAVAILABLE');
    assert.equal(calls.length, 4);
  });

  it('a Forge proxy error with a 429: rate limited, said so', async () => {
    proxyAnswers(429, 'RATE_LIMITED');
    const client = new JiraClient(forgeTransportFor('ann'), { ...instant(), cooldownWaitMs: 0 });
    await assert.rejects(client.approximateCount('project = A'), (e: unknown) => e instanceof JiraError && e.code === 'RATE_LIMITED');
  });

  it('approximate counts that disagree (segments ≠ total): the card says "≈ estimated", consistent ones do not', async () => {
    const progress = {
      version: 2,
      kind: 'progress',
      source: { type: 'jql', jql: 'project = ABC' },
      metric: { type: 'ratio', segments: true },
    };
    for (const [todo, total, estimated] of [
      [40, 100, true],
      [30, 100, false],
    ] as const) {
      const jira = await startJiraDouble({
        count: (jql) => (jql.includes('"To Do"') ? todo : jql.includes('"In Progress"') ? 20 : jql.includes('Done') ? 50 : total),
      });
      try {
        const result = await call(handlerFor(jira.url), 'render', { config: progress });
        assert.equal(result.ok, true);
        assert.equal(result.svg.includes('≈ estimated'), estimated, `${todo}+20+50 vs ${total}`);
        assert.equal(/estimates and do not add up exactly/.test(result.svg), estimated);
      } finally {
        await jira.close();
      }
    }
  });

  it('a request that ignores its AbortSignal still ends at the time limit (TIMEOUT)', async () => {
    const deaf: Transport = { request: () => new Promise(() => undefined) };
    const client = new JiraClient(deaf, { budgetMs: 300, limits: new RateLimits() });
    const started = Date.now();
    await assert.rejects(client.json('GET', route`/rest/api/3/field`), (e: unknown) => e instanceof JiraError && e.code === 'TIMEOUT');
    assert.ok(Date.now() - started < 2_000, `ended after ${Date.now() - started} ms`);
  });
});
