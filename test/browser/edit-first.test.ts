/**
 * The first five minutes with the settings form (issue #25), in headless Chromium under the Forge
 * CSP: one gadget, one form (the module decides the kind; each form shows what its kind uses and
 * offers presets of its kind), a preset that replaces settings offers Undo; no error before the user
 * touched the field or pressed Save, and a new gadget's preview asks calmly what to count.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Frame, Page } from 'playwright-core';
import { gadgetFrame, launch, openEdit, skipReason, startStack, svgLabel, type Watched, watchedPage } from './harness';

const skip = skipReason();

type Obj = Record<string, unknown>;

describe('edit form: the first gadget', { skip }, () => {
  let browser: Browser;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let w: Watched;
  let page: Page;

  const close = async (e: Frame, id: string) => {
    await e.click('#cancel');
    await gadgetFrame(page, id, 'view');
  };
  const draft = async (e: Frame): Promise<Obj> => {
    if (!(await e.isVisible('#json-show'))) await e.click('details.json summary');
    await e.click('#json-show');
    return JSON.parse(await e.inputValue('#json')) as Obj;
  };
  const visible = async (e: Frame, ids: string[]) =>
    Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await e.isVisible(id)])));

  /** The cards these tests use (the dashboard loads only those). */
  const GADGETS = 'sprint-points,sprint-progress,new-bugs';

  before(async () => {
    [browser, stack] = await Promise.all([launch(), startStack()]);
    w = await watchedPage(browser);
    page = w.page;
    await page.goto(`${stack.url}?gadgets=${GADGETS}`);
  });
  after(async () => {
    assert.deepEqual(w?.cspViolations ?? [], []);
    await browser?.close();
    await stack?.cleanup();
  });

  test('the module decides the kind: no Type select, the kind is named', async () => {
    const e = await openEdit(page, 'sprint-points');
    assert.equal(await e.locator('select#f-kind').count(), 0, 'no Type select');
    assert.equal(await e.inputValue('#f-kind'), 'gauge');
    assert.equal(await e.textContent('#kind-name'), 'Type: Gauge');
    await close(e, 'sprint-points');
  });

  test('each form shows only what its kind uses', async () => {
    const scale = ['#f-min', '#f-max', '#f-target', '#f-format-prefix', '#f-format-unit'];
    const bar = await openEdit(page, 'sprint-progress');
    assert.deepEqual(
      await visible(bar, scale),
      { '#f-min': false, '#f-max': false, '#f-target': false, '#f-format-prefix': false, '#f-format-unit': false },
      'a done-of-total progress bar has no scale, prefix or unit',
    );
    await bar.selectOption('#f-metric-type', 'sum');
    assert.deepEqual(
      await visible(bar, scale),
      { '#f-min': false, '#f-max': true, '#f-target': false, '#f-format-prefix': true, '#f-format-unit': true },
      'a sum fills the bar up to a maximum',
    );
    await close(bar, 'sprint-progress');
    const counter = await openEdit(page, 'new-bugs');
    assert.deepEqual(await visible(counter, ['#f-min', '#f-max', '#f-target']), { '#f-min': false, '#f-max': false, '#f-target': true });
    await close(counter, 'new-bugs');
    const gauge = await openEdit(page, 'sprint-points');
    assert.deepEqual(await visible(gauge, ['#f-min', '#f-max', '#f-target']), { '#f-min': true, '#f-max': true, '#f-target': true });
    await close(gauge, 'sprint-points');
  });

  test('a new gadget: a calm "choose what to count" preview, and no error until a field is touched or Save pressed', async () => {
    const headers = { Origin: new URL(stack.url).origin, 'Content-Type': 'application/json' };
    const added = await fetch(new URL('/__glance/gadgets', stack.url), {
      method: 'POST',
      headers,
      body: JSON.stringify({ kind: 'gauge' }),
    });
    const { id } = (await added.json()) as { id: string };
    await page.goto(`${stack.url}?gadgets=${GADGETS},${id}`);
    await gadgetFrame(page, id, 'view'); // the dashboard is back before its Edit button is used
    await page.click(`section[data-gadget="${id}"] button[data-action="edit"]`);
    const e = await gadgetFrame(page, id, 'edit');
    const errors = () => e.$$eval('[data-error-for], #summary', (els) => els.map((x) => x.textContent ?? '').filter(Boolean));
    const invalid = () => e.locator('[aria-invalid="true"]').count();
    assert.match(await svgLabel(e), /^Choose what to count\. A JQL query, a saved filter or a project\.$/);
    assert.equal(await e.locator('#preview svg [fill="#ae2e24"], #preview svg [fill="#c9372c"]').count(), 0, 'nothing red');
    assert.deepEqual(await errors(), []);

    // Choosing a saved filter or a sum asks for something more: not a mistake yet.
    let label = await svgLabel(e);
    await e.selectOption('#f-source-type', 'filter');
    await e.selectOption('#f-metric-type', 'sum');
    await e.waitForTimeout(1_500); // the preview and the JQL check have answered
    assert.deepEqual(await errors(), [], 'no error for choices not made yet');
    assert.equal(await invalid(), 0);
    await e.selectOption('#f-source-type', 'jql');
    await e.fill('#f-source-jql', 'project = GLANCE');
    label = await svgLabel(e, label);
    assert.match(label, /Finish the settings to see the gadget/);
    assert.deepEqual(await errors(), [], 'the field left to choose is not marked yet');

    // A touched field speaks at once: Jira's own words for a broken query.
    await e.fill('#f-source-jql', 'project = (');
    await e.waitForFunction(() => !!document.querySelector('[data-error-for="source.jql"]')?.textContent, null, { timeout: 15_000 });

    // Save names everything left to do, next to its field.
    await e.fill('#f-source-jql', 'project = GLANCE');
    await e.click('#save');
    await e.waitForFunction(() => !!document.querySelector('[data-error-for="metric.fieldId"]')?.textContent, null, { timeout: 15_000 });
    assert.ok((await invalid()) > 0);
    await close(e, id);
  });

  test('issues in several active sprints: the card says so, the field is marked, and the user picks the sprint', async () => {
    const e = await openEdit(page, 'sprint-progress');
    let label = await svgLabel(e);
    await e.click('button[data-preset="active-sprint"]'); // sprint in openSprints(): every team's sprint
    label = await svgLabel(e, label);
    assert.match(
      label,
      /These issues are in 2 active sprints \(GLANCE Sprint 14, OPS Sprint 14\)\. Choose one under “Expected progress”\./,
    );
    await e.waitForFunction(() => document.querySelector('#f-expected-sprint')?.getAttribute('aria-invalid') === 'true');
    assert.match((await e.textContent('[data-error-for="expected.sprint"]')) ?? '', /2 active sprints/);
    // The picker lists the sprints from the Sprint field of these issues.
    await e.waitForFunction(() => document.querySelectorAll('#f-expected-sprint option').length === 3, null, { timeout: 15_000 });
    const options = await e.$$eval('#f-expected-sprint option', (os) => os.map((o) => o.textContent));
    assert.deepEqual(options.slice(1).sort(), ['GLANCE Sprint 14', 'OPS Sprint 14']);
    const ops = await e.$eval(
      '#f-expected-sprint',
      (s) => [...(s as HTMLSelectElement).options].find((o) => o.text === 'OPS Sprint 14')!.value,
    );
    await e.selectOption('#f-expected-sprint', ops);
    label = await svgLabel(e, label);
    assert.match(label, /OPS Sprint 14/);
    assert.equal(await e.locator('[aria-invalid="true"]').count(), 0);
    assert.deepEqual((await draft(e)).expected, { sprint: Number(ops) });
    await close(e, 'sprint-progress');
  });

  test('a preset that replaces settings says so and offers Undo, which puts them back', async () => {
    const e = await openEdit(page, 'sprint-points');
    const mine = await draft(e);
    await e.click('button[data-preset="story-points"]');
    assert.match((await e.textContent('#preset-undo')) ?? '', /^“Story points done” replaced the settings\./);
    assert.notDeepEqual(await draft(e), mine);
    await e.click('#preset-undo-button');
    assert.deepEqual(await draft(e), mine, 'Undo restores every setting');
    assert.equal(await e.textContent('#preset-undo'), 'Your settings are back.');
    await close(e, 'sprint-points');
  });
});
