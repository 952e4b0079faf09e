/** Fault injection: per-request flags, server rules, env parsing. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoJira } from '../../dev/demo-jira/server';
import { chooseFault, parseFaultEnv, parseFaultSpec } from '../../dev/demo-jira/faults';
import { ALICE, call, start } from './helpers';

const COUNT = '/rest/api/3/search/approximate-count';
const body = { jql: 'project = GLANCE' };

describe('fault flags on a request', () => {
  let jira: DemoJira;
  before(async () => {
    jira = await start();
  });
  after(() => jira.close());

  test('429 with Retry-After (default 1 s, or the given seconds)', async () => {
    const res = await call(jira, ALICE, 'POST', `${COUNT}?demoFault=429`, body);
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '1');
    assert.ok(Array.isArray(res.json.errorMessages));
    const custom = await call(jira, ALICE, 'POST', COUNT, body, { 'x-demo-fault': '429:7' });
    assert.equal(custom.status, 429);
    assert.equal(custom.headers.get('retry-after'), '7');
  });

  test('500 and 503 in Jira shape', async () => {
    const e500 = await call(jira, ALICE, 'POST', `${COUNT}?demoFault=500`, body);
    assert.equal(e500.status, 500);
    assert.deepEqual(Object.keys(e500.json).sort(), ['errorMessages', 'errors']);
    const e503 = await call(jira, ALICE, 'GET', '/rest/api/3/field', undefined, { 'x-demo-fault': '503' });
    assert.equal(e503.status, 503);
  });

  test('badjson: 200 with a body that is not JSON', async () => {
    const res = await call(jira, ALICE, 'POST', `${COUNT}?demoFault=badjson`, body);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(res.json, undefined);
    assert.throws(() => JSON.parse(res.text));
  });

  test('slow: the normal answer, later', async () => {
    const res = await call(jira, ALICE, 'POST', `${COUNT}?demoFault=slow:50`, body);
    assert.equal(res.status, 200);
    assert.equal(res.json.count, jira.dataset.issues.filter((i) => i.project === 'GLANCE').length);
  });

  test('an unknown flag is ignored, and faults come before auth', async () => {
    assert.equal((await call(jira, ALICE, 'POST', `${COUNT}?demoFault=teapot`, body)).status, 200);
    assert.equal((await call(jira, null, 'POST', `${COUNT}?demoFault=500`, body)).status, 500);
  });
});

describe('fault rules for a whole server', () => {
  test('every Nth request fails as configured; the others answer normally', async () => {
    const jira = await start({
      faults: {
        rules: [
          { fault: '429:2', every: 3 },
          { fault: '500', every: 5 },
        ],
      },
    });
    try {
      const statuses: number[] = [];
      for (let n = 1; n <= 15; n++) statuses.push((await call(jira, ALICE, 'POST', COUNT, body)).status);
      assert.deepEqual(statuses, [200, 200, 429, 200, 500, 429, 200, 200, 429, 500, 200, 429, 200, 200, 429]);
    } finally {
      await jira.close();
    }
  });

  test('latencyMs still answers normally', async () => {
    const jira = await start({ latencyMs: 20 });
    try {
      assert.equal((await call(jira, ALICE, 'GET', '/rest/api/3/myself')).status, 200);
    } finally {
      await jira.close();
    }
  });

  test('DEMO_JIRA_FAULTS is used when no rules are passed', async () => {
    const saved = process.env.DEMO_JIRA_FAULTS;
    process.env.DEMO_JIRA_FAULTS = '503@2';
    try {
      const { startDemoJira } = await import('../../dev/demo-jira/server');
      const jira = await startDemoJira({ latencyMs: 0 });
      try {
        const statuses = [];
        for (let n = 1; n <= 4; n++) statuses.push((await call(jira, ALICE, 'GET', '/rest/api/3/myself')).status);
        assert.deepEqual(statuses, [200, 503, 200, 503]);
      } finally {
        await jira.close();
      }
    } finally {
      if (saved === undefined) delete process.env.DEMO_JIRA_FAULTS;
      else process.env.DEMO_JIRA_FAULTS = saved;
    }
  });
});

describe('fault spec parsing', () => {
  test('specs', () => {
    assert.deepEqual(parseFaultSpec('429'), { kind: '429', retryAfterSeconds: 1, delayMs: 0 });
    assert.deepEqual(parseFaultSpec('429:30'), { kind: '429', retryAfterSeconds: 30, delayMs: 0 });
    assert.deepEqual(parseFaultSpec('SLOW:250'), { kind: 'slow', retryAfterSeconds: 0, delayMs: 250 });
    assert.deepEqual(parseFaultSpec('slow'), { kind: 'slow', retryAfterSeconds: 0, delayMs: 1500 });
    assert.equal(parseFaultSpec('404'), undefined);
    assert.equal(parseFaultSpec(''), undefined);
    assert.equal(parseFaultSpec(null), undefined);
  });

  test('env lists, and typos are errors', () => {
    assert.deepEqual(parseFaultEnv('429:2@5, 500@7,badjson'), [
      { fault: '429:2', every: 5 },
      { fault: '500', every: 7 },
      { fault: 'badjson', every: 1 },
    ]);
    assert.deepEqual(parseFaultEnv(undefined), []);
    assert.deepEqual(parseFaultEnv(' '), []);
    for (const bad of ['429@0', '418', '500@x', '429,,500']) assert.throws(() => parseFaultEnv(bad), /DEMO_JIRA_FAULTS/, bad);
  });

  test('an explicit flag wins over rules', () => {
    assert.equal(chooseFault('500', [{ fault: '429', every: 1 }], 1)?.kind, '500');
    assert.equal(chooseFault(null, [{ fault: '429', every: 2 }], 1), undefined);
    assert.equal(chooseFault(null, [{ fault: '429', every: 2 }], 2)?.kind, '429');
  });
});
