/**
 * The cache on its own: (installation, accountId, key) → value, no owner → no cache, lifetimes,
 * shared loads in flight, and the byte budget all caches share (least recently used evicted first).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ByteBudget, estimateBytes } from '../../functions/cache-budget';
import { UserCache, cacheKey, type Owner } from '../../functions/cache';
import { ownerOf } from '../../functions/owner';

const SITE_A = 'ari:cloud:jira::site/a';
const SITE_B = 'ari:cloud:jira::site/b';
const ann = (installation = SITE_A): Owner => ({ installation, accountId: 'ann' });
const MB = 1024 * 1024;

function counting<T>(value: T) {
  let loads = 0;
  return {
    load: async () => (loads++, value),
    get loads() {
      return loads;
    },
  };
}

describe('UserCache keys', () => {
  it('the same user and key on two installations are two entries', async () => {
    const cache = new UserCache<number>({ ttlMs: 60_000, budget: new ByteBudget(MB) });
    assert.equal((await cache.get(ann(SITE_A), 'k', async () => 111)).value, 111);
    assert.equal((await cache.get(ann(SITE_B), 'k', async () => 222)).value, 222);
    assert.equal((await cache.get(ann(SITE_A), 'k', async () => 0)).value, 111);
    assert.equal(cache.size, 2);
  });

  it('owner parts cannot be shifted into each other', () => {
    assert.notEqual(cacheKey({ installation: 'a:b', accountId: 'c' }, 1), cacheKey({ installation: 'a', accountId: 'b:c' }, 1));
    assert.notEqual(cacheKey({ installation: 'a","b', accountId: 'c' }, 1), cacheKey({ installation: 'a', accountId: 'b","c' }, 1));
  });

  it('without an owner nothing is cached and nothing is shared', async () => {
    const cache = new UserCache<number>({ ttlMs: 60_000, budget: new ByteBudget(MB) });
    const c = counting(7);
    await Promise.all([cache.get(undefined, 'k', c.load), cache.get(undefined, 'k', c.load)]);
    await cache.get(undefined, 'k', c.load);
    assert.equal(c.loads, 3);
    assert.equal(cache.size, 0);
  });

  it('ownerOf needs both the installation and the accountId from the request context', () => {
    assert.deepEqual(ownerOf({ installContext: SITE_A, accountId: 'ann' }), ann());
    for (const context of [
      { accountId: 'ann' },
      { installContext: SITE_A },
      { installContext: '', accountId: 'ann' },
      { installContext: 42, accountId: 'ann' },
      { installContext: 'x'.repeat(1001), accountId: 'ann' },
      undefined,
    ]) {
      assert.equal(ownerOf(context as never), undefined, JSON.stringify(context));
    }
  });
});

describe('UserCache lifetimes', () => {
  it('serves for ttlMs, shares loads in flight, does not cache failures', async () => {
    let now = 0;
    const cache = new UserCache<number>({ ttlMs: 1_000, budget: new ByteBudget(MB), now: () => now });
    const c = counting(1);
    await Promise.all([cache.get(ann(), 'k', c.load), cache.get(ann(), 'k', c.load)]);
    assert.equal(c.loads, 1);
    now = 999;
    await cache.get(ann(), 'k', c.load);
    assert.equal(c.loads, 1);
    now = 1_000;
    await cache.get(ann(), 'k', c.load);
    assert.equal(c.loads, 2);
    await assert.rejects(
      cache.get(ann(), 'bad', async () => {
        throw new Error('no');
      }),
    );
    assert.equal(cache.peek(ann(), 'bad'), undefined);
  });

  it('peek returns an entry up to retainMs without loading; older entries are swept', async () => {
    let now = 0;
    const budget = new ByteBudget(MB);
    const cache = new UserCache<number>({ ttlMs: 1_000, retainMs: 5_000, budget, now: () => now });
    await cache.get(ann(), 'old', async () => 1);
    now = 3_000;
    assert.deepEqual(cache.peek(ann(), 'old'), { value: 1, at: 0 });
    assert.equal(cache.peek(ann(SITE_B), 'old'), undefined, 'another installation sees nothing');
    now = 5_000;
    await cache.get(ann(), 'new', async () => 2);
    assert.equal(cache.peek(ann(), 'old'), undefined);
    assert.equal(cache.size, 1, 'the expired entry was swept on the next store');
    assert.equal(budget.usedBytes, cache.bytes);
  });
});

describe('byte budget', () => {
  it('all caches together stay within the budget; least recently used go first', async () => {
    const budget = new ByteBudget(20_000, 10_000);
    const a = new UserCache<string>({ ttlMs: 60_000, budget });
    const b = new UserCache<string>({ ttlMs: 60_000, budget });
    const text = 'x'.repeat(2_000); // ~4 KB each
    await a.get(ann(), 1, async () => text);
    await b.get(ann(), 2, async () => text);
    await a.get(ann(), 3, async () => text);
    await a.get(ann(), 1, async () => 'reloaded'); // a hit: 1 becomes the most recently used
    for (let i = 4; i < 20; i++) await (i % 2 ? a : b).get(ann(), i, async () => text);
    assert.ok(budget.usedBytes <= 20_000, `${budget.usedBytes} B`);
    assert.equal(budget.usedBytes, a.bytes + b.bytes);
    assert.ok(a.size + b.size >= 3 && a.size + b.size <= 5, `${a.size + b.size} entries`);
    assert.equal(b.peek(ann(), 2), undefined, 'the oldest went first');
  });

  it('an entry over the per-entry limit is returned but not kept', async () => {
    const budget = new ByteBudget(100_000, 10_000);
    const cache = new UserCache<string>({ ttlMs: 60_000, budget });
    const c = counting('y'.repeat(10_000));
    assert.equal((await cache.get(ann(), 'big', c.load)).value.length, 10_000);
    await cache.get(ann(), 'big', c.load);
    assert.equal(c.loads, 2);
    assert.equal(budget.usedBytes, 0);
  });

  it('estimateBytes: strings by length, typed arrays by buffer, nesting adds up, shared objects once', () => {
    assert.ok(estimateBytes('x'.repeat(20_000)) >= 40_000);
    assert.ok(estimateBytes(new Float64Array(1_000)) >= 8_000 && estimateBytes(new Float64Array(1_000)) < 8_200);
    assert.ok(estimateBytes({ rows: Array.from({ length: 100 }, () => [1, 'abc']) }) > 100 * 2 * 16);
    const shared = { text: 'z'.repeat(1_000) };
    assert.ok(estimateBytes([shared, shared]) < 2 * estimateBytes(shared));
    assert.ok(estimateBytes(null) > 0 && estimateBytes(true) > 0 && estimateBytes(undefined) > 0);
  });
});
