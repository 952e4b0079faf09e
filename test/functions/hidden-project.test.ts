/**
 * A project preset on a project the viewer cannot browse (issue #25 §11). Jira answers a search on
 * such a project as on one that does not exist: HTTP 400 with "The value 'SEC' does not exist for
 * the field 'project'." (Jira Cloud REST v3, POST /rest/api/3/search/approximate-count and
 * /search/jql: "400 Returned if the JQL query is invalid";
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/). The demo
 * Jira answers so for Bob, who lacks Browse projects on SEC (dev/demo-jira/users.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, handlerFor, type Handler } from '../../support/forge-call';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import { startDemoJira, type DemoJira } from '../../dev/demo-jira/server';
import { BOB } from '../../dev/demo-jira/users';
import { translator } from '../../i18n/index';

const NOW = Date.parse('2026-03-15T10:30:00.000Z');
const project = (projectKey: string, preset = 'open') => ({
  version: 2,
  kind: 'counter',
  source: { type: 'project', projectKey, preset },
  metric: { type: 'count' },
});
const textOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

describe('a project the viewer cannot see', () => {
  let jira: DemoJira;
  let handler: Handler;
  before(async () => {
    jira = await startDemoJira({ now: new Date(NOW), faults: { rules: [] }, latencyMs: 0 });
    const transportFor = () => fetchTransport({ baseUrl: jira.url, email: BOB.email, apiToken: BOB.apiToken });
    handler = handlerFor(jira.url, { transportFor, now: () => NOW });
  });
  after(() => jira.close());

  it('names the project on the card, not "Jira could not run this query", and marks the project field', async () => {
    const result = await call(handler, 'render', {}, { gadgetConfiguration: project('SEC') });
    assert.equal(result.ok, false);
    assert.equal(result.code, 'NOT_FOUND');
    const say = translator('en');
    assert.ok(result.message.startsWith(say('status.projectHidden', { project: 'SEC' })), result.message);
    assert.ok(!result.message.includes(say('status.invalidJql')), result.message);
    assert.match(textOf(result.svg), /SEC/);
    assert.deepEqual(
      result.errors?.map((e: { path: string }) => e.path),
      ['source.projectKey'],
    );
  });

  it('in German too', async () => {
    const result = await call(handler, 'render', { locale: 'de-DE' }, { gadgetConfiguration: project('SEC', 'all') });
    assert.ok(result.message.startsWith(translator('de')('status.projectHidden', { project: 'SEC' })), result.message);
  });

  it('a project that exists for the viewer still reads', async () => {
    const result = await call(handler, 'render', {}, { gadgetConfiguration: project('GLANCE') });
    assert.equal(result.ok, true, JSON.stringify(result).slice(0, 300));
  });

  it("a JQL source naming a hidden project keeps Jira's own words", async () => {
    const config = { ...project('SEC'), source: { type: 'jql', jql: 'project = SEC' } };
    const result = await call(handler, 'render', {}, { gadgetConfiguration: config });
    assert.equal(result.code, 'INVALID_JQL');
  });
});
