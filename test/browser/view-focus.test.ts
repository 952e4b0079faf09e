/**
 * Keyboard focus on a gadget is visible inside its frame (issue #25, point 10): the gadget fills the
 * frame's width, so an outline drawn outside it (a positive outline-offset) was clipped by the frame.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { gadgetFrame, launch, skipReason, startStack, svgLabel, watchedPage } from './harness';

const skip = skipReason();

describe('gadget view: visible keyboard focus', { skip }, () => {
  let browser: Browser;
  let stack: Awaited<ReturnType<typeof startStack>>;
  before(async () => {
    [browser, stack] = await Promise.all([launch(), startStack()]);
  });
  after(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  test('the focused gadget’s outline lies inside the frame', async () => {
    const w = await watchedPage(browser, { width: 1280, height: 900 });
    await w.page.goto(stack.url);
    const v = await gadgetFrame(w.page, 'open-bugs', 'view');
    await svgLabel(v);
    await v.locator('#gadget').focus();
    await w.page.keyboard.press('Shift+Tab'); // keyboard modality, so :focus-visible applies
    await w.page.keyboard.press('Tab');
    const box = await v.evaluate(() => {
      const g = document.getElementById('gadget')!;
      const s = getComputedStyle(g);
      const r = g.getBoundingClientRect();
      return {
        focused: document.activeElement === g && g.matches(':focus-visible'),
        style: s.outlineStyle,
        width: parseFloat(s.outlineWidth),
        offset: parseFloat(s.outlineOffset),
        left: r.left,
        right: innerWidth - r.right,
      };
    });
    assert.equal(box.focused, true, 'the gadget has keyboard focus');
    assert.equal(box.style, 'solid');
    // The outline spans offset + width beyond the box; the box touches the frame's edges.
    assert.ok(box.offset + box.width <= Math.min(box.left, box.right), `outline inside the frame: ${JSON.stringify(box)}`);
    await w.context.close();
  });
});
