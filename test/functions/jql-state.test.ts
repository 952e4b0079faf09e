/**
 * One Forge runtime serves many sites and users: module-level state may hold nothing read from Jira
 * or typed by a user unless keyed by installation and user (issue 14). functions/jql keeps none at
 * all — its former parse memo, shared by every site, made a repeated query measurably faster, a
 * timing signal across sites. Checked in the source by a lint rule (eslint.config.js, functions/jql:
 * top-level constants are literals or functions, no static fields; test/architecture/lint-rules.test.ts)
 * and here by behaviour.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { andJql } from '../../functions/jql/compose';
import { scanJql } from '../../functions/jql/scan';

describe('functions/jql keeps no module-level state', () => {
  it('every scan is computed afresh: nothing returned is shared with a later call', () => {
    const first = scanJql('project = "A" ORDER BY key');
    const second = scanJql('project = "A" ORDER BY key');
    assert.deepEqual(first, second);
    assert.notEqual(first, second);
    const bad = scanJql('summary ~ "x');
    if (!bad.ok) bad.errors.push('changed by a caller');
    assert.deepEqual(scanJql('summary ~ "x'), { ok: false, errors: ['A quoted string is not closed (add a double quote at its end): "x'] });
    assert.equal(andJql('a = 1 OR b = 2', 'c = 3'), '(a = 1 OR b = 2) AND (c = 3)');
  });
});
