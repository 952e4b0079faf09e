/**
 * The stored configuration's size limit in the real edit form (Chromium, preview server, real
 * resolvers): a formula whose queries together pass 32,768 characters of JSON is refused with a
 * message that says what to do — in the JSON import's error, and at Save in the form's summary —
 * and nothing is submitted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, openEdit, skipReason, startStack, watchedPage } from './harness';

const skip = skipReason();
const TOO_LARGE = /too large for Jira to store \(more than 32,768 characters as JSON\)\. Shorten the longest queries/;

/** A formula counter over `n` variables whose queries are `length` characters each. */
function formula(n: number, length: number, sourceJql = 'project = OPS') {
  const jql = `summary ~ "${'x'.repeat(length - 13)}"`;
  const names = ['A', 'B', 'C', 'D', 'E'].slice(0, n);
  return {
    version: 2,
    kind: 'counter',
    title: 'Big formula',
    source: { type: 'jql', jql: sourceJql },
    metric: {
      type: 'formula',
      expression: names.join(' + '),
      variables: names.map((name) => ({ name, source: { type: 'jql', jql }, metric: { type: 'count' } })),
    },
  };
}

describe('configuration size limit in the edit form', { skip }, () => {
  let browser: Browser;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let page: Page;
  let puts = 0;

  before(async () => {
    [browser, stack] = await Promise.all([launch(), startStack()]);
    page = (await watchedPage(browser)).page;
    page.on('request', (r) => {
      if (r.method() === 'PUT') puts++;
    });
    await page.goto(`${stack.url}?gadgets=sla-rate`);
  });
  after(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  const importJson = async (e: Frame, config: unknown) => {
    if (!(await e.isVisible('#json-apply'))) await e.click('details.json summary');
    await e.fill('#json', JSON.stringify(config));
    await e.click('#json-apply');
  };

  test('an import past the limit is refused with what to do; at Save the summary says it and nothing is saved', async () => {
    const e = await openEdit(page, 'sla-rate');
    await importJson(e, formula(4, 9_000));
    await e.waitForFunction((src) => new RegExp(src).test(document.getElementById('json-error')?.textContent ?? ''), TOO_LARGE.source, {
      timeout: 20_000,
    });

    // Three such queries fit; a long main query then takes the whole configuration past the limit.
    await importJson(e, formula(3, 9_500));
    await e.waitForFunction(() => document.getElementById('status')!.textContent.startsWith('Settings imported'), undefined, {
      timeout: 20_000,
    });
    await e.fill('#f-source-jql', `summary ~ "${'y'.repeat(5_000)}"`);
    const before = puts;
    await e.click('#save');
    await e.waitForFunction((src) => new RegExp(src).test(document.getElementById('summary')?.textContent ?? ''), TOO_LARGE.source, {
      timeout: 30_000,
    });
    assert.equal(await e.isVisible('#summary'), true);
    assert.equal(puts, before, 'nothing was submitted');
  });
});
