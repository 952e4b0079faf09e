/**
 * Trust promise 8: a bounded load test (loopback only, fixed count and duration) of the built
 * function under the Forge runtime stand-in — see support/load.ts, which `npx tsx support/load.ts` runs
 * at full size. Here: 60 gadgets × 2 users, 3 concurrent rounds, ¼ s of back-to-back rounds (at least
 * one), one round a minute later. No errors; nothing is kept between requests, but identical reads in
 * flight are shared, so every round of all gadgets at once costs at most one cold read per distinct
 * (user, configuration) pair; memory bounded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLoad, runLoad } from '../../support/load';

test('many concurrent gadgets: no errors, Jira calls ≤ one read per (user, config) pair and round, bounded memory', async () => {
  const report = await runLoad({ gadgets: 60, extraConfigs: 6, rounds: 3, durationMs: 250 });
  console.log(formatLoad(report).replace(/^/gm, '# '));
  assert.equal(report.users, 2);
  assert.ok(report.distinctPairs >= 14, `${report.distinctPairs} pairs`);
  assert.equal(report.renders.countPhase, 60 * 2 * 3);
  assert.ok(report.renders.durationPhase >= 120, 'at least one round in the timed phase');
  assert.equal(report.errors, 0);
  const rounds = 3;
  assert.ok(
    report.jiraCalls.countPhase <= rounds * report.expectedJiraCalls,
    'reads in flight are shared: at most one cold read per pair and round',
  );
  assert.ok(report.jiraCalls.countPhase >= report.expectedJiraCalls, 'nothing kept: every round reads Jira');
  assert.ok(report.expectedJiraCalls >= report.distinctPairs, 'every pair was really read');
  assert.ok(
    report.jiraCalls.durationPhase <= report.durationRounds * report.expectedJiraCalls,
    'the timed phase: at most one read per pair and round',
  );
  assert.ok(
    report.jiraCalls.afterExpiry <= report.expectedJiraCalls && report.jiraCalls.afterExpiry > 0,
    'a minute later: one round, read again',
  );
  // Bounded memory: the heap after GC grows by less than 32 MB over the whole run.
  assert.ok(report.memoryMB.heapAfter - report.memoryMB.heapBefore < 32, JSON.stringify(report.memoryMB));
});
