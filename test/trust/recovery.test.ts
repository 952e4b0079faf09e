/**
 * Trust promise 7 in Chromium: when Jira fails (5xx, a 429 storm, malformed JSON), every gadget on
 * the dashboard — gauge, counter, progress bar — shows a status card, and the dashboard's next refresh
 * after Jira recovers shows the numbers again (the view keeps nothing stale, the resolver caches no
 * failure). Real views, real resolvers, the preview server, a Jira double on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildStatic } from '../../build/build-static';
import { GadgetStore } from '../../dev/server/gadgets';
import { startPreviewServer, type PreviewServer } from '../../dev/server/server';
import { gadgetFrame, launch, skipReason, svgLabel, watchedPage, type Watched } from '../browser/harness';
import { startJiraDouble, type Fault, type JiraDouble } from '../helpers/jira-double';
import { handlerFor } from '../../support/forge-call';

const skip = skipReason();
const IDS = ['g-gauge', 'g-counter', 'g-progress'];

describe('a failing Jira: status cards on every gadget, values again on the next refresh', { skip }, () => {
  let browser: Browser;
  let jira: JiraDouble;
  let server: PreviewServer;
  let out: string;
  let w: Watched;
  let page: Page;

  before(async () => {
    jira = await startJiraDouble({
      count: (jql) => (jql.includes('statusCategory = Done') ? 3 : 12),
      issues: () => [
        { id: '1', key: 'A-1', fields: { customfield_1: 5 } },
        { id: '2', key: 'A-2', fields: { customfield_1: 8 } },
      ],
    });
    out = mkdtempSync(join(tmpdir(), 'glance-trust-recovery-'));
    const viewDirs = await buildStatic({ outDir: (name) => join(out, name) });
    const base = { version: 1, source: { type: 'jql', jql: 'project = ABC' } };
    server = await startPreviewServer({
      // Real clock: the client's own retries and backoff (≈ 2 s per failing read) run for real here.
      handler: handlerFor(jira.url),
      users: [{ accountId: 'ann', displayName: 'Ann' }],
      source: { label: 'Jira double' },
      gadgets: new GadgetStore([
        {
          id: 'g-gauge',
          kind: 'gauge',
          config: { ...base, kind: 'gauge', title: 'Points', metric: { type: 'sum', fieldId: 'customfield_1' }, max: 20 },
        },
        { id: 'g-counter', kind: 'counter', config: { ...base, kind: 'counter', title: 'Open', metric: { type: 'count' } } },
        { id: 'g-progress', kind: 'progress', config: { ...base, kind: 'progress', title: 'Done', metric: { type: 'ratio' } } },
      ]),
      viewDirs,
      log: () => undefined,
    });
    browser = await launch();
    w = await watchedPage(browser);
    page = w.page;
    await page.goto(server.url);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await jira?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const labels = async (previous: Map<string, string>) => {
    const now = new Map<string, string>();
    for (const id of IDS) now.set(id, await svgLabel(await gadgetFrame(page, id, 'view'), previous.get(id)));
    return now;
  };

  test('healthy first: every gadget shows its number', async () => {
    const shown = await labels(new Map());
    assert.match(shown.get('g-gauge')!, /13/);
    assert.match(shown.get('g-counter')!, /12/);
    assert.match(shown.get('g-progress')!, /3 of 12|25%/);
  });

  const FAULTS: [string, Fault, RegExp][] = [
    ['503', { status: 503 }, /not responding/i],
    // Retry-After: 0 — without it the client waits out growing cooldowns for up to 8 s
    // (DEFAULT_COOLDOWN_WAIT_MS in functions/jira/client.ts) before the card; test/functions/rate-limits covers that.
    ['429 storm', { status: 429, headers: { 'Retry-After': '0' } }, /rate limiting/i],
    ['malformed JSON', { malformed: true }, /could not read/i],
  ];
  for (const [name, fault, message] of FAULTS) {
    test(`${name}: a status card on every gadget, then the numbers after the next refresh`, async () => {
      // Healthy readings stay cached for 60 s, so each round reads a query not read before (saved as
      // the gadgets' configuration, as the edit view would): what the view shows then comes from Jira.
      const jql = `project = ABC AND labels = ${name.replace(/\W/g, '')}`;
      for (const id of IDS) {
        const state = (await (await fetch(new URL('/__glance/state', server.url))).json()) as {
          gadgets: { id: string; config: Record<string, unknown> }[];
        };
        const config = { ...state.gadgets.find((g) => g.id === id)!.config, source: { type: 'jql', jql } };
        const saved = await fetch(new URL(`/__glance/gadgets/${id}`, server.url), {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Origin: new URL(server.url).origin },
          body: JSON.stringify({ config }),
        });
        assert.equal(saved.status, 200);
      }
      jira.reset();
      jira.fault('/rest/api/3/', fault, 100_000);
      const shown = await labels(new Map());
      await page.click('#refresh-all');
      const failed = await labels(shown);
      for (const id of IDS) assert.match(failed.get(id)!, message, `${id}: ${failed.get(id)}`);
      for (const id of IDS) {
        const frame = await gadgetFrame(page, id, 'view');
        assert.equal(await frame.locator('#gadget > svg').count(), 1, `${id}: the card is the server's SVG`);
      }
      assert.ok(jira.requests.length >= 3, 'Jira was asked');

      jira.reset(); // Jira is healthy again
      await page.click('#refresh-all');
      const healed = await labels(failed);
      assert.match(healed.get('g-gauge')!, /13/);
      assert.match(healed.get('g-counter')!, /12/);
      assert.match(healed.get('g-progress')!, /3 of 12|25%/);
      assert.ok(jira.requests.length >= 3, 'the recovery really read Jira');
    });
  }

  test('no CSP violations and no console errors', () => {
    assert.deepEqual(w.cspViolations, []);
    assert.deepEqual(w.consoleErrors, [], w.consoleErrors.join('\n'));
  });
});

if (skip) test('browser recovery tests skipped', { skip }, () => undefined);
