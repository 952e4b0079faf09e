/**
 * Keyboard on a gadget (issue #25, point 10): every part of the picture a pointer can use — the
 * value, the comparison, each segment, each trend point, the expected-progress row — is a tab stop
 * in reading order whose accessible name (as Chromium computes it) carries its value, with a
 * visible focus ring inside the gadget's frame (the gadget fills the frame's width, so an outline
 * outside it would be clipped). Enter opens that part's issues.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { browserWithStack, gadgetFrame, pageForFile, skipReason, svgLabel } from './harness';

const skip = skipReason();

interface Stop {
  drill: string | null;
  role: string | null;
  /** Chromium's accessible name of the focused part (its aria snapshot's line). */
  aria: string;
  ring: { style: string; width: number; offset: number };
  /** The words shown under the picture for the eyes while the part has focus. */
  shown: string;
  /** Room between the part's box and the frame's edges, each side. */
  room: { left: number; right: number; top: number; bottom: number };
}

/** Puts the keyboard at the start of the gadget's frame (keyboard modality, so :focus-visible applies). */
async function startKeyboard(page: Page, v: Frame): Promise<void> {
  await v.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
  });
  await page.keyboard.press('Shift+Tab');
  await v.evaluate(() => document.body.focus());
}

/** Presses Tab and describes the focused part of the picture, or null when focus left the picture. */
async function tab(page: Page, v: Frame): Promise<Stop | null> {
  await page.keyboard.press('Tab');
  const at = await v.evaluate(() => {
    const e = document.activeElement;
    if (!e || !e.closest('#gadget svg') || !e.matches(':focus-visible')) return null;
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    return {
      drill: e.getAttribute('data-drill'),
      role: e.getAttribute('role'),
      shown: document.getElementById('part-words')?.textContent ?? '',
      ring: { style: s.outlineStyle, width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset) },
      room: {
        left: r.left,
        right: innerWidth - r.right,
        top: r.top,
        bottom: document.getElementById('gadget')!.getBoundingClientRect().bottom - r.bottom,
      },
    };
  });
  if (!at) return null;
  // "- link "Jan 12: 4"" (YAML quotes the line when the name has a colon): role and name.
  const line = (await v.locator('#gadget svg :focus').ariaSnapshot()).trim().replace(/^- '(.*)'$/, '- $1');
  return { ...at, aria: line };
}

async function allStops(page: Page, v: Frame): Promise<Stop[]> {
  await startKeyboard(page, v);
  const stops: Stop[] = [];
  for (let s = await tab(page, v); s && stops.length < 30; s = await tab(page, v)) stops.push(s);
  return stops;
}

function ringInside(s: Stop): void {
  assert.equal(s.ring.style, 'solid', `${s.drill}: a visible ring`);
  const reach = s.ring.offset + s.ring.width;
  const room = Math.min(s.room.left, s.room.right, s.room.top, s.room.bottom);
  assert.ok(reach <= room, `${s.drill}: the ring (${reach} px) stays inside the frame: ${JSON.stringify(s.room)}`);
}

describe('gadget view: keyboard stops with their values', { skip }, () => {
  const made = browserWithStack();
  const fresh = pageForFile(made);

  for (const width of [240, 1200]) {
    test(`a trend counter at ${width} px: the value, then each week oldest first, named with its count`, async () => {
      const w = await fresh();
      await w.page.goto(`${made.stack.url}?gadgets=bug-trend`);
      // The dashboard's script adds the sections after the page loads.
      await w.page.waitForSelector('section[data-gadget="bug-trend"]');
      await w.page.evaluate((px) => {
        const s = document.querySelector<HTMLElement>('section[data-gadget="bug-trend"]')!;
        s.style.width = `${px}px`;
      }, width);
      const v = await gadgetFrame(w.page, 'bug-trend', 'view');
      await svgLabel(v);
      // The picture drawn for this width (its viewBox), not the first one scaled by CSS (width="100%"):
      // the view re-renders after a resize, and tabbing before that re-render raced it.
      await v.waitForFunction(
        (px) => Math.abs(Number(document.querySelector('#gadget svg')?.getAttribute('viewBox')?.split(' ')[2]) - px) < px * 0.2,
        width,
      );
      const stops = await allStops(w.page, v);
      assert.deepEqual(
        stops.map((s) => s.drill),
        ['value', ...Array.from({ length: 8 }, (_, i) => `trend-${i}`)],
      );
      assert.match(stops[0].aria, /^- link "\d+ open bugs/);
      for (const s of stops.slice(1)) {
        assert.match(s.aria, /^- link "[^"]+: \d+, created per week"/);
        assert.equal(`- link "${s.shown}"`, s.aria, 'the same words shown under the picture');
      }
      for (const s of stops) ringInside(s);
      // Enter on a week opens that week's issues.
      await startKeyboard(w.page, v);
      await tab(w.page, v);
      await tab(w.page, v);
      await w.page.keyboard.press('Enter');
      const url = await w.page.waitForFunction(() => document.getElementById('grid')!.dataset.lastNavigation);
      assert.match(String(await url.jsonValue()), /created%20%3E%3D%20%22\d{4}-\d\d-\d\d%22/);
    });
  }

  test('a progress bar: the value, the time row, then To Do, In Progress and Done with their counts', async () => {
    const w = await fresh();
    await w.page.goto(`${made.stack.url}?gadgets=release-progress`);
    const v = await gadgetFrame(w.page, 'release-progress', 'view');
    await svgLabel(v);
    const stops = await allStops(w.page, v);
    assert.deepEqual(
      stops.map((s) => [s.drill, s.role]),
      [
        ['value', 'link'],
        [null, 'img'],
        ['segment-todo', 'link'],
        ['segment-inProgress', 'link'],
        ['segment-done', 'link'],
      ],
    );
    assert.match(stops[0].aria, /^- link "\d+ of \d+ issues done, \d+%"/);
    assert.match(stops[1].aria, /^- img "(ahead by|behind by|on track)/);
    assert.match(stops[2].aria, /^- link "To Do \d+"/);
    assert.match(stops[4].aria, /^- link "Done \d+"/);
    for (const s of stops) ringInside(s);
    assert.equal(await v.getAttribute('#gadget', 'role'), null, 'no link around the links');
    // Enter on the time row (a named picture) opens nothing; on To Do it opens the To Do issues.
    const last = () => w.page.evaluate(() => document.getElementById('grid')!.dataset.lastNavigation ?? '');
    await startKeyboard(w.page, v);
    await tab(w.page, v);
    await tab(w.page, v);
    await w.page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await last(), '', 'the time row is not a link');
    await tab(w.page, v);
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(() => document.getElementById('grid')!.dataset.lastNavigation);
    assert.match(decodeURIComponent(await last()), /statusCategory = "To Do"/, 'the To Do segment’s issues');
  });
});
