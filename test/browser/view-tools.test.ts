/**
 * The download buttons never cover the picture (issue #25, point 12): they used to appear over the
 * title row's right end on hover, hiding long titles and the "as of" mark. Checked in Chromium at the
 * widths where the title row is shortest.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserWithStack, gadgetFrame, pageForFile, skipReason, svgLabel } from './harness';

const skip = skipReason();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('gadget view: download buttons', { skip }, () => {
  const made = browserWithStack();
  const fresh = pageForFile(made);

  for (const width of [240, 400]) {
    test(`at ${width} px, shown on hover, they cover neither the title nor anything else of the picture`, async () => {
      const w = await fresh();
      await w.page.mouse.move(0, 0); // not hovering where the last test left the pointer
      await w.page.goto(`${made.stack.url}?gadgets=open-bugs`);
      const v = await gadgetFrame(w.page, 'open-bugs', 'view');
      await svgLabel(v);
      // The dashboard's column is wider: the gadget's frame is narrowed, and the view re-renders for it.
      await w.page.evaluate(
        `document.querySelector('section[data-gadget="open-bugs"] iframe[data-mode="view"]').style.width = '${width}px'`,
      );
      // A re-render follows a width change over 20 % (static/view/main.ts, after 250 ms): let it settle.
      await new Promise((r) => setTimeout(r, 800));
      await v.waitForFunction(
        () => !document.getElementById('gadget')!.hasAttribute('aria-busy') && !!document.querySelector('#gadget > svg'),
      );
      await v.hover('#gadget');
      await v.waitForFunction(() => getComputedStyle(document.getElementById('tools')!).opacity === '1');
      const boxes = await v.evaluate(() => {
        // Only anonymous functions in here: the test runner's transform wraps named ones in a helper the frame lacks.
        const svg = document.querySelector('#gadget > svg')!;
        const texts = [...svg.querySelectorAll('text')];
        const [tools, title, whole, ...rest] = [document.getElementById('tools')!, texts[0], svg, ...texts].map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        });
        return { tools, title, titleText: texts[0].textContent, texts: rest, svg: whole, frameWidth: innerWidth };
      });
      assert.equal(boxes.frameWidth, width);
      assert.ok(boxes.tools.right - boxes.tools.left > 20, `the buttons are drawn: ${JSON.stringify(boxes.tools)}`);
      assert.ok(boxes.tools.right <= width, 'inside the frame');
      assert.ok(!overlaps(boxes.tools, boxes.title), `the title "${boxes.titleText}" is not covered: ${JSON.stringify(boxes)}`);
      for (const t of boxes.texts) assert.ok(!overlaps(boxes.tools, t), `no text of the picture is covered: ${JSON.stringify(t)}`);
      assert.ok(!overlaps(boxes.tools, boxes.svg), 'nor the picture itself');
      assert.deepEqual(w.cspViolations, []);
    });
  }
});
