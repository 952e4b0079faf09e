import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJql } from '../../functions/jql/parse';

describe('parseJql remembers recent queries', () => {
  it('returns the same frozen result for the same text, and the right one for each text', () => {
    const a = parseJql('project = MEMO ORDER BY created');
    assert.equal(parseJql('project = MEMO ORDER BY created'), a);
    assert.ok(Object.isFrozen(a));
    assert.deepEqual(a, { ok: true, where: 'project = MEMO', hasOrderBy: true });
    assert.deepEqual(parseJql('project = MEMO2'), { ok: true, where: 'project = MEMO2', hasOrderBy: false });
    const bad = parseJql('project = = MEMO');
    assert.equal(bad.ok, false);
    assert.equal(parseJql('project = = MEMO'), bad);
  });

  it('stays correct past the memo size (oldest entries are dropped, then parsed again)', () => {
    for (let i = 0; i < 600; i++) assert.deepEqual(parseJql(`project = P${i}`), { ok: true, where: `project = P${i}`, hasOrderBy: false });
    assert.deepEqual(parseJql('project = P0'), { ok: true, where: 'project = P0', hasOrderBy: false });
  });
});
