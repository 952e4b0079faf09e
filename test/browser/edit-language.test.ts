/**
 * The edit form in the viewer's language, in headless Chromium under the Forge CSP: with the Jira
 * language set to German, every word of the form comes from the German catalogue (fetched once from
 * the formWords resolver), no English phrase of ours is left, the preview and the settings' errors
 * speak German too, and nothing breaks the CSP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Frame, Page } from 'playwright-core';
import { form as formDe } from '../../i18n/de/form';
import { form as formEn } from '../../i18n/en/form';
import { view as viewDe } from '../../i18n/de/view';
import { cardShot, gadgetFrame, launch, skipReason, startStack, svgLabel, watchedPage, type Watched } from './harness';

const skip = skipReason();

/**
 * Every word the form has, shown or not yet (text of every element but the server's SVG, option
 * texts, placeholders, accessible names, titles) — without what comes from Jira (the picker lists:
 * filter, project, version and field names) and the gadget's own settings.
 */
async function formWords(e: Frame): Promise<string> {
  // A string, not a function: the test's bundler would wrap named functions in a helper the page lacks.
  return e.evaluate(`(() => {
    const jira = 'noscript, svg, [id$="filterId"], [id$="projectKey"], [id$="versionId"], [id$="fieldId"]';
    const parts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement && !n.parentElement.closest(jira)) parts.push(n.textContent || '');
    for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (el.closest(jira)) continue;
      parts.push(el.getAttribute('placeholder') || '', el.getAttribute('aria-label') || '', el.getAttribute('title') || '');
    }
    return parts.join('\\n');
  })()`);
}

describe('edit form in German', { skip }, () => {
  let browser: Browser;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let w: Watched;
  let page: Page;
  let edit: Frame;

  before(async () => {
    [browser, stack] = await Promise.all([launch(), startStack()]);
    w = await watchedPage(browser, { width: 1280, height: 1000 });
    page = w.page;
    await page.goto(`${stack.url}?lang=de-DE&gadgets=sprint-progress,open-bugs`);
    await page.click('section[data-gadget="sprint-progress"] button[data-action="edit"]');
    edit = await gadgetFrame(page, 'sprint-progress', 'edit');
    await svgLabel(edit);
  });

  after(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  test('the page, its fieldsets, buttons, lists and hints are German', async () => {
    assert.equal(await edit.evaluate(() => document.documentElement.lang), 'de');
    const words = await formWords(edit);
    for (const german of [
      formDe['page.title'],
      formDe['page.save'],
      formDe['page.cancel'],
      formDe['presets.title'],
      formDe['preset.activeSprint.name'],
      formDe['gadget.legend'],
      formDe['issues.legend'],
      formDe['number.legend'],
      formDe['expected.legend'],
      formDe['expected.sprint'],
      formDe['expected.sprintHint'],
      formDe['colours.legend'],
      formDe['format.legend'],
      formDe['refresh.legend'],
      formDe['kind.progress'],
      formDe['metric.ratio'],
      formDe['json.summary'],
      'Alle 15 Minuten',
    ]) {
      assert.ok(words.includes(german), `shows "${german}"`);
    }
  });

  test("the view speaks German too: its language, the link's title, the download buttons' names", async () => {
    const v = await gadgetFrame(page, 'open-bugs', 'view');
    await svgLabel(v);
    assert.equal(await v.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await v.getAttribute('#gadget', 'title'), viewDe['view.openIssues']);
    assert.deepEqual(await v.$$eval('#tools button', (bs) => bs.map((b) => b.getAttribute('aria-label'))), [
      viewDe['view.downloadSvg'],
      viewDe['view.downloadPng'],
    ]);
  });

  test('no English phrase of the form is left', async () => {
    const words = await formWords(edit);
    // Phrases (two words or more, no arguments) that German writes differently: none may show.
    const english = Object.entries(formEn)
      .filter(([key, en]) => !/[{}]/.test(en) && en.trim().split(/\s+/).length >= 2 && en !== formDe[key as keyof typeof formDe])
      .map(([, en]) => en);
    assert.ok(english.length > 100, `sanity: ${english.length} phrases`);
    const left = english.filter((en) => words.includes(en));
    assert.deepEqual(left, []);
  });

  test('the preview speaks German: the sprint, its day and the state', async () => {
    const label = await svgLabel(edit);
    assert.match(label, /von \d+ issues done/);
    assert.match(label, /(Vorsprung|Rückstand|im Plan) .*\(GLANCE Sprint \d+ · \d+\s?% der Zeit vergangen · Tag \d+ von \d+\)/);
  });

  test('picking a preset writes its titles in German', async () => {
    await edit.click('button[data-preset="active-sprint"]'); // a progress bar's form offers its own kind's presets
    assert.equal(await edit.inputValue('#f-title'), formDe['preset.activeSprint.title']);
    assert.equal(await edit.inputValue('#f-label'), formDe['preset.issuesDone']);
  });

  test("the settings' problems come back in German, next to their field, and Save says so", async () => {
    await edit.fill('#f-source-jql', '');
    await edit.click('#save');
    await edit.waitForFunction(
      () => /JQL-Abfrage ein/.test(document.querySelector('[data-error-for="source.jql"]')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
    assert.equal(await edit.textContent('[data-error-for="source.jql"]'), 'Geben Sie eine JQL-Abfrage ein.');
    assert.equal(await edit.textContent('#status'), formDe['page.notSavedFix']);
  });

  test('no CSP violation and no console error', async () => {
    await cardShot(page, 'sprint-progress', 'edit-de.png', 2400, true);
    assert.deepEqual(w.cspViolations, []);
    assert.deepEqual(w.consoleErrors, []);
  });
});
