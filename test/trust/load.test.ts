/**
 * Trust promise 8: a bounded load test (loopback only, fixed count and duration) of the built
 * function under the Forge runtime stand-in — see support/load.ts, which `npx tsx support/load.ts` runs
 * at full size. Here: 60 gadgets × 2 users, 3 concurrent rounds, 1 s of back-to-back rounds, one round after the cache
 * lifetime. No errors, Jira calls exactly one cold read per distinct (user, configuration) pair, and
 * memory bounded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLoad, runLoad } from '../../support/load';

test('many concurrent gadgets: no errors, Jira calls = one read per (user, config) pair, bounded memory', async () => {
  const report = await runLoad({ gadgets: 60, extraConfigs: 6, rounds: 3, durationMs: 1_000 });
  console.log(formatLoad(report).replace(/^/gm, '# '));
  assert.equal(report.users, 2);
  assert.ok(report.distinctPairs >= 14, `${report.distinctPairs} pairs`);
  assert.equal(report.renders.countPhase, 60 * 2 * 3);
  assert.ok(report.renders.durationPhase >= 120, 'at least one round in the timed phase');
  assert.equal(report.errors, 0);
  assert.equal(report.jiraCalls.countPhase, report.expectedJiraCalls, 'the cache keeps Jira calls to one cold read per pair');
  assert.ok(report.expectedJiraCalls >= report.distinctPairs, 'every pair was really read');
  assert.equal(report.jiraCalls.durationPhase, 0, 'refreshes within the cache lifetime cost no Jira call');
  assert.equal(report.jiraCalls.afterExpiry, report.expectedJiraCalls, 'after expiry, exactly one read per pair again');
  // Bounded memory: the heap after GC grows by less than 32 MB over the whole run.
  assert.ok(report.memoryMB.heapAfter - report.memoryMB.heapBefore < 32, JSON.stringify(report.memoryMB));
});
