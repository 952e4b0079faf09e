/**
 * End-to-end: the `npm start` stack (demo Jira + real resolvers + preview server, in-process on ephemeral
 * ports) in headless Chromium. Every preconfigured gadget shows an SVG whose value matches a count made
 * here directly from the demo dataset; switching user shows the as-user behaviour; editing a gadget's
 * JQL changes its value.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { PREVIEW_GADGETS } from '../../dev/dashboard/preview-gadgets';
import type { DemoIssue } from '../../dev/demo-jira/dataset';
import { NOW, gadgetFrame, launch, SCREENSHOTS, shot, skipReason, startStack, svgLabel, watchedPage, type Watched } from './harness';

const skip = skipReason();
const DAY = 86_400_000;

describe('npm start preview, end to end', { skip }, () => {
  let browser: Browser;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let w: Watched;
  let page: Page;
  let issues: DemoIssue[];
  let inOpenSprint: (i: DemoIssue) => boolean;

  before(async () => {
    [browser, stack] = await Promise.all([launch(), startStack()]);
    issues = stack.demo!.dataset.issues;
    // The presets ask for the active sprint: openSprints() (not completed) minus futureSprints().
    const open = new Set(stack.demo!.dataset.sprints.filter((s) => s.project === 'GLANCE' && s.state === 'active').map((s) => s.id));
    inOpenSprint = (i) => i.project === 'GLANCE' && i.sprint !== null && open.has(i.sprint);
    w = await watchedPage(browser, { width: 1240, height: 1000 });
    page = w.page;
    await page.goto(stack.url);
  });

  after(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  const count = (pred: (i: DemoIssue) => boolean) => issues.filter(pred).length;
  const fmt = (n: number) => n.toLocaleString('en-US');
  const now = NOW.getTime();

  test('the dashboard shows every preconfigured gadget with the value computed from the dataset', async () => {
    const expected: Record<string, RegExp> = {
      'new-bugs': new RegExp(
        `^New bugs this week: ${fmt(count((i) => i.project === 'GLANCE' && i.issueType === 'Bug' && i.created >= now - 7 * DAY))} bugs created in 7 days\\b.*\\b${Math.abs(count((i) => i.project === 'GLANCE' && i.issueType === 'Bug' && i.created >= now - 7 * DAY) - count((i) => i.project === 'GLANCE' && i.issueType === 'Bug' && i.created >= now - 14 * DAY && i.created < now - 7 * DAY))}\\b`,
      ),
      // Marked against GLANCE's active sprint: its name, the time elapsed and the day in the words.
      'sprint-progress': new RegExp(
        `^Glance Web sprint: ${count((i) => inOpenSprint(i) && i.statusCategory === 'Done')} of ${count(inOpenSprint)} issues done.*\\(GLANCE Sprint \\d+ · \\d+% of time elapsed · Day \\d+ of \\d+\\)`,
      ),
      'sprint-points': new RegExp(
        `^Story points done: ${fmt(issues.filter((i) => inOpenSprint(i) && i.statusCategory === 'Done').reduce((s, i) => s + (i.storyPoints ?? 0), 0))} points this sprint on a scale of 0 to 300`,
      ),
      'open-bugs': new RegExp(`^Open bugs: ${fmt(count((i) => i.issueType === 'Bug' && i.statusCategory !== 'Done'))} across`),
      'security-backlog': new RegExp(
        `^Security backlog: ${fmt(count((i) => i.project === 'SEC' && i.statusCategory !== 'Done'))} open SEC issues`,
      ),
    };
    // Version-2 showcase: trend, age with percent thresholds, expected progress from a version, a formula.
    const glanceBugs = (i: DemoIssue) => i.project === 'GLANCE' && i.issueType === 'Bug';
    expected['bug-trend'] = new RegExp(
      `^Open Glance Web bugs: ${fmt(count((i) => glanceBugs(i) && i.statusCategory !== 'Done'))} open bugs\\b`,
    );
    const inRelease = (i: DemoIssue) => i.project === 'GLANCE' && i.fixVersions.includes('2.0');
    expected['release-progress'] = new RegExp(
      `^Glance Web 2\\.0: ${count((i) => inRelease(i) && i.statusCategory === 'Done')} of ${count(inRelease)} issues done\\b.*\\b(ahead|behind|on track)`,
      'i',
    );
    const bugs = count((i) => i.issueType === 'Bug');
    const breachRate = (100 * count((i) => i.issueType === 'Bug' && i.labels.includes('sla-breach'))) / bugs;
    expected['sla-rate'] = new RegExp(`^SLA breach rate: ${breachRate.toFixed(1).replace('.', '\\.')}% of bugs breached their SLA`);
    const openOpsBugs = issues.filter((i) => i.project === 'OPS' && i.issueType === 'Bug' && i.statusCategory !== 'Done');
    // Ages count Alice's wall clock (New York: EDT, UTC−4, until 2 November 2025 06:00 UTC, then EST, UTC−5).
    const nyOffset = (t: number) =>
      (t < Date.parse('2025-11-02T06:00:00Z') || t >= Date.parse('2026-03-08T07:00:00Z') ? -4 : -5) * 3_600_000;
    const averageAge =
      openOpsBugs.reduce((s, i) => s + (now + nyOffset(now) - (i.created + nyOffset(i.created))) / DAY, 0) / openOpsBugs.length;
    const opsPct = (100 * count((i) => i.project === 'OPS' && i.statusCategory === 'Done')) / count((i) => i.project === 'OPS');
    assert.equal(PREVIEW_GADGETS.length, 10);
    for (const g of PREVIEW_GADGETS) {
      const frame = await gadgetFrame(page, g.id, 'view');
      const label = await svgLabel(frame);
      if (g.id === 'ops-done') {
        const shown = Number(/^Operations done: ([\d.]+)%/.exec(label)?.[1]);
        assert.ok(Math.abs(shown - opsPct) < 0.05 + 1e-9, `${label} vs ${opsPct}`);
      } else if (g.id === 'bug-age') {
        const shown = Number(/^Average age of open OPS bugs: ([\d.]+) days/.exec(label)?.[1]);
        assert.ok(Math.abs(shown - averageAge) <= 0.05 + 1e-9, `${label} vs ${averageAge}`);
      } else {
        assert.match(label, expected[g.id], g.id);
      }
      if (g.id === 'bug-trend') assert.equal(await frame.locator('#gadget [data-drill^="trend-"]').count(), 8, 'an 8-week sparkline');
    }
    await shot(page, 'dashboard-light.png', { fullPage: true });
  });

  test('the dashboard’s Refresh sends Jira’s refresh event and the gadget renders again', async () => {
    const frame = await gadgetFrame(page, 'ops-done', 'view');
    await svgLabel(frame);
    await frame.evaluate(() => ((document.querySelector('#gadget > svg') as unknown as { old: boolean }).old = true));
    await page.click('section[data-gadget="ops-done"] button[data-action="refresh"]');
    await frame.waitForFunction(() => {
      const svg = document.querySelector('#gadget > svg') as unknown as { old?: boolean } | null;
      return svg && !svg.old;
    });
  });

  test('switching to Bob shows what Bob may see: fewer open bugs, no SEC project', async () => {
    // From here on, the cards these tests read (a switch of user, language or colour mode draws every
    // card again); the whole dashboard when its pictures are taken (the README shows them).
    if (!SCREENSHOTS) await page.goto(`${stack.url}?gadgets=open-bugs,security-backlog,ops-done,release-progress`);
    const bob = stack.users.find((u) => u.displayName.startsWith('Bob'))!;
    await page.selectOption('#user', bob.accountId);
    const bugs = await svgLabel(await gadgetFrame(page, 'open-bugs', 'view'));
    // Bob's Jira locale is de_DE: his numbers are grouped the German way.
    assert.match(
      bugs,
      new RegExp(
        `^Open bugs: ${count((i) => i.issueType === 'Bug' && i.statusCategory !== 'Done' && i.project !== 'SEC')
          .toLocaleString('de-DE')
          .replace('.', '\\.')} across`,
      ),
    );
    const sec = await svgLabel(await gadgetFrame(page, 'security-backlog', 'view'));
    assert.doesNotMatch(sec, /open SEC issues/);
    assert.match(sec, /SEC/);
    await page.check('#dark');
    await shot(page, 'dashboard-dark-bob.png', { fullPage: true, settleMs: 1000 });
    await page.uncheck('#dark');
    await page.selectOption('#user', stack.users[0].accountId);
    await svgLabel(await gadgetFrame(page, 'open-bugs', 'view'));
  });

  test('switching the Jira language changes the words: Japanese, then German, then the profile’s again', async () => {
    await page.selectOption('#language', 'ja-JP');
    assert.match(await svgLabel(await gadgetFrame(page, 'ops-done', 'view')), /^Operations done：0%～100% のスケールで [\d.]+%/);
    await page.selectOption('#language', 'de-DE');
    const german = await svgLabel(await gadgetFrame(page, 'release-progress', 'view'));
    assert.match(german, /^Glance Web 2\.0: \d+ von \d+ issues done, \d+\u00A0%/);
    assert.match(german, /(Vorsprung|Rückstand|im Plan)/);
    await page.selectOption('#language', '');
    assert.match(await svgLabel(await gadgetFrame(page, 'release-progress', 'view')), /\b(ahead|behind|on track)\b/);
  });

  test('editing a gadget’s JQL changes its value', async () => {
    const frame = await gadgetFrame(page, 'security-backlog', 'view');
    const before = await svgLabel(frame);
    await page.click('section[data-gadget="security-backlog"] button[data-action="edit"]');
    const edit = await gadgetFrame(page, 'security-backlog', 'edit');
    await svgLabel(edit);
    await edit.selectOption('#f-source-type', 'jql');
    await edit.fill('#f-source-jql', 'project = SEC AND priority = Highest');
    await edit.fill('#f-label', 'highest-priority SEC issues');
    await edit.click('#save');
    const after = await svgLabel(await gadgetFrame(page, 'security-backlog', 'view'), before);
    assert.match(
      after,
      new RegExp(`^Security backlog: ${fmt(count((i) => i.project === 'SEC' && i.priority === 'Highest'))} highest-priority SEC issues\\b`),
    );
  });

  test('a new gadget opens unconfigured in its edit view, and saving it shows its value', async () => {
    await page.selectOption('#add-kind', 'counter');
    await page.click('#add');
    const edit = await gadgetFrame(page, `gadget-${PREVIEW_GADGETS.length + 1}`, 'edit');
    const first = await svgLabel(edit);
    assert.doesNotMatch(first, /^\d/, `an unconfigured preview is a status card: ${first}`);
    assert.equal(await edit.inputValue('#f-kind'), 'counter', 'kind from the module');
    assert.equal(await edit.textContent('[data-error-for="source.jql"]'), '', 'no errors before the user types');
    await edit.fill('#f-title', 'Highest priority');
    await edit.fill('#f-source-jql', 'priority = Highest AND statusCategory != Done');
    await svgLabel(edit, first);
    await edit.click('#save');
    const label = await svgLabel(await gadgetFrame(page, `gadget-${PREVIEW_GADGETS.length + 1}`, 'view'));
    assert.match(label, new RegExp(`^Highest priority: ${fmt(count((i) => i.priority === 'Highest' && i.statusCategory !== 'Done'))}\\b`));
  });

  test('no CSP violations and no console errors', () => {
    assert.deepEqual(w.cspViolations, []);
    assert.deepEqual(w.consoleErrors, [], w.consoleErrors.join('\n'));
  });
});

if (skip) test('browser tests skipped', { skip }, () => undefined);
