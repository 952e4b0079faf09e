/**
 * Trust promise 7 in Chromium: when Jira fails (5xx, a 429 storm, malformed JSON), every gadget on
 * the dashboard — gauge, counter, progress bar — keeps the picture it showed, marked with its age and
 * a countdown to its own retry (kept in the page's memory only; the server keeps nothing); a fresh
 * page has nothing kept and shows a calm card; and the next refresh after Jira recovers shows the
 * numbers again. Real views, real resolvers, the preview server, a Jira double on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { GadgetStore } from '../../dev/server/gadgets';
import { startPreviewServer, type PreviewServer } from '../../dev/server/server';
import { builtViews, gadgetFrame, launch, skipReason, svgLabel, watchedPage, type Watched } from '../browser/harness';
import { startJiraDouble, type Fault, type JiraDouble } from '../helpers/jira-double';
import { palette } from '../../render/theme';
import { handlerFor } from '../../support/forge-call';

const skip = skipReason();
const IDS = ['g-gauge', 'g-counter', 'g-progress'];

describe('a failing Jira: status cards on every gadget, values again on the next refresh', { skip }, () => {
  let browser: Browser;
  let jira: JiraDouble;
  let server: PreviewServer;
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
    const viewDirs = await builtViews();
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
  const note = (id: string) =>
    gadgetFrame(page, id, 'view').then((frame) =>
      frame.waitForFunction(
        () => {
          const text = document.getElementById('note-text')?.textContent ?? '';
          return !document.getElementById('note')!.hidden && /^As of .* · Retrying in \d+ s$/.test(text) && text;
        },
        undefined,
        { timeout: 15_000 },
      ),
    );

  for (const [name, fault, message] of FAULTS) {
    test(`${name}: the kept pictures with their age, calm cards on a fresh page, then the numbers after the next refresh`, async () => {
      const shown = await labels(new Map());
      jira.reset();
      jira.fault('/rest/api/3/', fault, 100_000);
      await page.click('#refresh-all');
      for (const id of IDS) await note(id);
      for (const id of IDS) {
        const frame = await gadgetFrame(page, id, 'view');
        assert.equal(await frame.locator('#gadget > svg').getAttribute('aria-label'), shown.get(id), `${id}: the kept picture`);
      }
      assert.ok(jira.requests.length >= 3, 'Jira was asked');

      await page.reload(); // a fresh page keeps nothing: the calm card
      const cards = await labels(new Map());
      for (const id of IDS) {
        assert.match(cards.get(id)!, message, `${id}: ${cards.get(id)}`);
        const svg = await (await gadgetFrame(page, id, 'view')).locator('#gadget > svg').evaluate((e) => e.outerHTML.toUpperCase());
        assert.ok(!svg.includes(palette('light').named.red.toUpperCase()), `${id}: nothing red`);
      }

      jira.reset(); // Jira is healthy again
      await page.click('#refresh-all');
      const healed = await labels(cards);
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
