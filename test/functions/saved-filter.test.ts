/**
 * A saved filter's gadget as a first-time user meets it (issue #25 §12): with no title of its own it
 * is titled by the filter's name, visibly and in the spoken text; a title typed in the form still
 * wins; a filter the viewer cannot see keeps its clear message. The filter picker shows each filter's
 * owner and query. Everything is read as the viewer, from the demo Jira's real shapes: GET
 * /rest/api/3/filter/{id} answers `name`, `jql` and `owner`; /filter/search answers `jql` and `owner`
 * only when asked with `expand=jql,owner` (Jira Cloud REST v3, Filters:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-filters/), and a filter not
 * shared with the viewer is a 400 (dev/demo-jira/routes.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, handlerFor, type Handler } from '../../support/forge-call';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import type { Transport } from '../../functions/jira/transport';
import { startDemoJira, type DemoJira } from '../../dev/demo-jira/server';
import { ALICE, BOB } from '../../dev/demo-jira/users';
import { statusMessage } from '../../functions/status';

const NOW = Date.parse('2026-03-15T10:30:00.000Z');
const filterGadget = (filterId: string, title?: string) => ({
  version: 2,
  kind: 'counter',
  ...(title === undefined ? {} : { title }),
  source: { type: 'filter', filterId },
  metric: { type: 'count' },
});
const textOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
const spoken = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';

describe('a saved filter gadget', () => {
  let jira: DemoJira;
  let handler: Handler;
  const paths: string[] = [];
  before(async () => {
    jira = await startDemoJira({ now: new Date(NOW), faults: { rules: [] }, latencyMs: 0 });
    // Bob views: "Open bugs" (10000) is Alice's and shared, "Security incidents (private)" (10002) is hers alone.
    const transportFor = (): Transport => {
      const inner = fetchTransport({ baseUrl: jira.url, email: BOB.email, apiToken: BOB.apiToken });
      return {
        ...inner,
        request: (method, path, body, signal) => {
          paths.push(path.value);
          return inner.request(method, path, body, signal);
        },
      };
    };
    handler = handlerFor(jira.url, { transportFor, now: () => NOW });
  });
  after(() => jira.close());

  it("with no title, is titled by the filter's name: on the card and in the spoken text, one filter read", async () => {
    paths.length = 0;
    const result = await call(handler, 'render', { width: 400 }, { gadgetConfiguration: filterGadget('10000') });
    assert.equal(result.ok, true, JSON.stringify(result).slice(0, 300));
    assert.match(textOf(result.svg), /Open bugs/);
    assert.match(spoken(result.svg), /Open bugs/);
    assert.equal(paths.filter((p) => p.startsWith('/rest/api/3/filter/')).length, 1, paths.join('\n'));
  });

  it('a title of its own still wins', async () => {
    const result = await call(handler, 'render', { width: 400 }, { gadgetConfiguration: filterGadget('10000', 'Bugs to fix') });
    assert.equal(result.ok, true);
    assert.match(textOf(result.svg), /Bugs to fix/);
    assert.doesNotMatch(textOf(result.svg), /Open bugs/);
    assert.match(spoken(result.svg), /Bugs to fix/);
  });

  it("in the edit preview too, also when the page's last reading is reused", async () => {
    const draft = { width: 400, config: filterGadget('10000') };
    const first = await call(handler, 'render', draft, { moduleKey: 'glance-counter' });
    assert.match(textOf(first.svg), /Open bugs/);
    paths.length = 0;
    const again = await call(handler, 'render', { ...draft, reading: first.reading }, { moduleKey: 'glance-counter' });
    assert.deepEqual(paths, [], 'drawn from the last reading');
    assert.match(textOf(again.svg), /Open bugs/);
    // A title typed, then cleared: the page's last reading still names the filter.
    const titled = await call(handler, 'render', { ...draft, config: filterGadget('10000', 'Mine') }, { moduleKey: 'glance-counter' });
    const cleared = await call(handler, 'render', { ...draft, reading: titled.reading }, { moduleKey: 'glance-counter' });
    assert.match(textOf(cleared.svg), /Open bugs/);
  });

  it('its export is named after the filter, like its title', async () => {
    const result = await call(handler, 'export', {}, { gadgetConfiguration: filterGadget('10000') });
    assert.equal(result.ok, true, JSON.stringify(result).slice(0, 300));
    assert.equal(result.filename, 'Open bugs.svg');
  });

  it("a filter the viewer can't see keeps its clear message, and no name of it leaks", async () => {
    const result = await call(handler, 'render', { width: 400 }, { gadgetConfiguration: filterGadget('10002') });
    assert.equal(result.ok, false);
    assert.equal(result.code, 'NOT_FOUND');
    assert.ok(result.message.startsWith(statusMessage('NOT_FOUND', 'en')), result.message);
    assert.doesNotMatch(result.svg, /Security incidents/);
  });

  it('the picker lists each filter with its owner and query, only those the viewer can see', async () => {
    paths.length = 0;
    const result = await call(handler, 'filterOptions', { query: '' });
    assert.equal(result.ok, true);
    const open = result.options.find((o: { value: string }) => o.value === '10000');
    assert.deepEqual(open, {
      value: '10000',
      label: 'Open bugs',
      owner: ALICE.displayName,
      jql: 'issuetype = Bug AND statusCategory != Done ORDER BY priority DESC',
    });
    assert.equal(result.options.find((o: { value: string }) => o.value === '10003')?.owner, BOB.displayName);
    assert.ok(!result.options.some((o: { value: string }) => o.value === '10002'), 'a private filter of someone else is not listed');
    assert.match(paths.join('\n'), /\/rest\/api\/3\/filter\/search\?.*expand=jql%2Cowner/);
  });
});
