/**
 * The last good picture in the viewer's page (static/view/keep.ts), DOM-free: what the gadget shows
 * for each answer, and when it asks again. The storm bench (bench/storm.bench.ts) runs the same module.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIRST_RETRY_MS, KeptPicture, MAX_RETRY_MS } from '../../static/view/keep';

const PICTURE = { ok: true, svg: '<svg id="n"/>', value: 42, links: {}, computedAt: '2026-03-04T10:42:00.000Z' };
const LIMITED = {
  ok: false,
  svg: '<svg id="calm"/>',
  code: 'RATE_LIMITED',
  message: 'Jira is rate limiting',
  transient: true,
  retryInSeconds: 40,
};
const BROKEN = { ok: false, svg: '<svg id="red"/>', code: 'INVALID_JQL', message: 'bad' };
const NOW = Date.parse('2026-03-04T12:00:00Z');

describe('KeptPicture', () => {
  it('20 gadgets on fresh instances through a 429 storm: every one keeps its number, dated when it was read', () => {
    const pages = Array.from({ length: 20 }, () => new KeptPicture(() => 0.5));
    for (const page of pages) assert.equal(page.take(PICTURE, NOW).show, 'live');
    for (const page of pages) {
      const o = page.take(LIMITED, NOW + 60_000);
      assert.equal(o.show, 'kept');
      assert.equal(o.show === 'kept' && o.result.value, 42);
      assert.equal(o.show === 'kept' && o.asOf, Date.parse(PICTURE.computedAt));
    }
  });

  it("Jira's Retry-After sets the retry, with a jitter of at most a fifth (and 5 s)", () => {
    const low = new KeptPicture(() => 0);
    const high = new KeptPicture(() => 0.999);
    const a = low.take(LIMITED, NOW);
    const b = high.take(LIMITED, NOW);
    assert.ok('retryInMs' in a && 'retryInMs' in b);
    assert.equal(a.retryInMs, 40_000);
    assert.ok(b.retryInMs! > 40_000 && b.retryInMs! <= 45_000, String(b.retryInMs));
  });

  it('no answer at all: the own words, then a backoff that doubles up to 5 minutes; a picture resets it', () => {
    const page = new KeptPicture(() => 0);
    const waits = Array.from({ length: 7 }, () => page.take(null, NOW)).map((o) => ('retryInMs' in o ? o.retryInMs : -1));
    assert.deepEqual(waits, [
      FIRST_RETRY_MS,
      2 * FIRST_RETRY_MS,
      4 * FIRST_RETRY_MS,
      8 * FIRST_RETRY_MS,
      16 * FIRST_RETRY_MS,
      MAX_RETRY_MS,
      MAX_RETRY_MS,
    ]);
    assert.equal(page.take(null, NOW).show, 'failed');
    page.take(PICTURE, NOW);
    const after = page.take(null, NOW);
    assert.equal(after.show, 'kept');
    assert.equal('retryInMs' in after && after.retryInMs, FIRST_RETRY_MS);
  });

  it('what a person must fix: the red card, no retry, and the old number is forgotten', () => {
    const page = new KeptPicture(() => 0);
    page.take(PICTURE, NOW);
    const o = page.take(BROKEN, NOW);
    assert.equal(o.show, 'card');
    assert.equal('retryInMs' in o ? o.retryInMs : undefined, undefined);
    assert.equal(page.last, null);
    assert.equal(page.take(LIMITED, NOW).show, 'card', 'nothing kept after it');
  });
});
