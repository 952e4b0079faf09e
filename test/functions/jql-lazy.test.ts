/**
 * Atlassian's JQL grammar stays off the render path: a fresh process renders gadgets of every source
 * kind without loading @atlassianlabs/jql-ast or antlr4ts (loading them costs a new function
 * instance ~77 ms, and ~111 ms more for the first parse), and loads them on the edit view's first
 * validateJql. Node's CommonJS loader keeps every module it loaded in require.cache, also those an
 * ES module imported (https://nodejs.org/docs/latest-v20.x/api/modules.html#requirecache).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const PROBE = `
import { createRequire } from 'node:module';
import { startJiraDouble } from './test/helpers/jira-double';
import { call, handlerFor } from './support/forge-call';
const cache = createRequire(import.meta.url + '/').cache;
const loaded = () => ['/@atlassianlabs/jql-ast/', '/@atlassianlabs/jql-parser/', '/antlr4ts/'].filter((p) => Object.keys(cache).some((k) => k.includes(p)));
const jira = await startJiraDouble({ count: () => 3, filters: [{ id: '1', name: 'F', jql: 'summary ~ "😀" OR a = b ORDER BY rank' }] });
const handler = handlerFor(jira.url);
const source = (s) => ({ version: 1, kind: 'progress', source: s, metric: { type: 'ratio' } });
const results = [];
for (const s of [{ type: 'jql', jql: 'project = ABC OR labels = x ORDER BY created' }, { type: 'filter', filterId: '1' }, { type: 'project', projectKey: 'ABC', preset: 'open' }]) {
  results.push((await call(handler, 'render', {}, { gadgetConfiguration: source(s) })).ok);
}
results.push((await call(handler, 'validateConfig', { config: source({ type: 'jql', jql: 'project = A' }) })).ok);
const afterRenders = loaded();
const checked = await call(handler, 'validateJql', { jql: 'project = = A' });
console.log(JSON.stringify({ results, afterRenders, checked, afterValidateJql: loaded() }));
await jira.close();
`;

describe('the JQL grammar is loaded lazily', () => {
  it('renders do not load it; the first validateJql does', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], {
      cwd: process.cwd(),
    });
    const probe = JSON.parse(stdout) as {
      results: boolean[];
      afterRenders: string[];
      checked: { ok: boolean; errors: string[] };
      afterValidateJql: string[];
    };
    assert.deepEqual(probe.results, [true, true, true, true], 'three renders and a config check succeeded');
    assert.deepEqual(probe.afterRenders, []);
    assert.equal(probe.checked.ok, false);
    assert.match(probe.checked.errors[0], /extraneous input '='/, "the grammar's own message");
    assert.deepEqual(probe.afterValidateJql, ['/@atlassianlabs/jql-ast/', '/@atlassianlabs/jql-parser/', '/antlr4ts/']);
  });
});
