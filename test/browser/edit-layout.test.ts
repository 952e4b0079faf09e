/**
 * The settings page keeps its live preview in view while any field is edited (issue #25, point 1).
 * Jira sizes a gadget's frame to its content (the dev dashboard's bridge shim does the same, as
 * Forge's iframe resizer does: @forge/bridge's `view` module loads `iframe-resizer`), so a page as
 * tall as the form scrolled the preview out of sight. In headless Chromium under the Forge CSP, at
 * several window sizes (Playwright makes `screen` the viewport's size), the preview's box and the
 * focused field's box are both inside the window, for the JQL field and for the last field (the
 * dev dashboard's narrowest card is 340 px, so 380 px is the narrowest window it lays out).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { browserWithStack, gadgetFrame, SCREENSHOTS, pageForFile, screenshotPath, skipReason, svgLabel } from './harness';

const skip = skipReason();

type Box = { x: number; y: number; width: number; height: number };

function inside(box: Box | null, view: { width: number; height: number }, what: string): void {
  assert.ok(box, `${what} has a box`);
  assert.ok(
    box.y >= 0 && box.y + box.height <= view.height + 0.5,
    `${what} is inside the window vertically: ${JSON.stringify(box)} in ${view.height}`,
  );
  assert.ok(
    box.x >= 0 && box.x + box.width <= view.width + 0.5,
    `${what} is inside the window horizontally: ${JSON.stringify(box)} in ${view.width}`,
  );
}

describe('edit layout: the preview stays in view', { skip }, () => {
  const made = browserWithStack();
  const onePage = pageForFile(made);

  const SIZES = [
    { width: 1280, height: 900, side: true },
    { width: 1280, height: 640, side: true },
    { width: 800, height: 720, side: true },
    { width: 400, height: 800, side: false },
    { width: 380, height: 600, side: false },
  ];
  for (const size of SIZES) {
    test(`${size.width}×${size.height}: preview ${size.side ? 'beside' : 'above'} the form, in view for the first and the last field`, async () => {
      // One page for every size: the viewport, and with it the emulated screen, changes before the
      // dashboard loads at that size.
      const w = await onePage();
      const page: Page = w.page;
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${made.stack.url}?gadgets=sprint-points`);
      await page.click('section[data-gadget="sprint-points"] button[data-action="edit"]');
      const e: Frame = await gadgetFrame(page, 'sprint-points', 'edit');
      await svgLabel(e);
      assert.equal(await page.locator('section[data-gadget]').count(), 1, '?gadgets= loads only the card it names');
      const view = { width: size.width, height: size.height };
      const frameBox = (await page.locator('section[data-gadget="sprint-points"] iframe[data-mode="edit"]').boundingBox())!;
      assert.ok(frameBox.height <= size.height, `the frame fits the window (${frameBox.height} px), not the whole form`);
      for (const field of ['#f-source-jql', '#f-refresh']) {
        await e.focus(field);
        await page.waitForTimeout(100); // scrolling into view is synchronous; let layout settle
        assert.equal(await e.evaluate(() => document.activeElement?.id), field.slice(1));
        inside(await e.locator(field).boundingBox(), view, field);
        inside(await e.locator('#preview > svg').boundingBox(), view, `the preview while ${field} has focus`);
      }
      const preview = (await e.locator('#preview').boundingBox())!;
      const form = (await e.locator('#scroller').boundingBox())!;
      if (size.side) assert.ok(preview.x + preview.width <= form.x + 1, 'side by side when wide');
      else assert.ok(preview.y + preview.height <= form.y + 1, 'a band above the form when narrow');
      if (SCREENSHOTS) await page.screenshot({ path: screenshotPath(`edit-layout-${size.width}x${size.height}.png`, true) });
      assert.deepEqual(w.cspViolations, []);
      assert.deepEqual(w.consoleErrors, []);
    });
  }
});
