/**
 * Golden pairs per script (issue #26): the dashboard SVG as the screen shows it — headless Chromium,
 * with Inter and the Noto families as web fonts in the export's own fallback order — against the
 * export rasterised by resvg with no fonts but those its live text names. Every preset in the six
 * interface languages and with Arabic words, and one card each in Chinese (Simplified, Traditional),
 * Korean, Hebrew, Thai, Devanagari and emoji. An export that keeps live text (Arabic, Hebrew, Thai,
 * Devanagari) is drawn by Chromium too (see `pair`). Side-by-side PNGs (screen | export) and diff
 * masks go to test/__output__/export/scripts/ with REVIEW_EXPORT=1.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { toSvgString } from '../../render/svg';
import { portableSvg } from '../../functions/export/portable';
import { liveFontFamily } from '../../functions/export/fonts';
import { launch, skipReason } from '../browser/harness';
import { allElements, parseXml, textContent } from '../helpers/xml';
import { decodePng, encodePng } from './png';
import { diffRatio, REVIEW_EXPORT, sideBySide, type Raster } from './raster';
import { fontCss, rasteriseWith, serveFonts, ttfFilesFor } from './noto';
import { PRESET_CASES, SCRIPT_CASES, type ScriptCase } from './script-cases';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '__output__', 'export', 'scripts');
const WIDTH = 640;
/**
 * Share of pixels allowed to differ by more than TOLERANCE/255 in a channel between Chromium's
 * drawing of live text and resvg's drawing of the outlines: the two engines anti-alias edges
 * differently (measured 0–0.07 %, emoji 0.13 %); one digit off is far above it (negative control).
 */
const MAX_DIFF = 0.0015;
const TOLERANCE = 128;

/** The screen in grey, with the pixels that differ by more than TOLERANCE in red (for looking at). */
function diffMask(a: Raster, b: Raster): Uint8Array {
  const out = new Uint8Array(a.pixels.length);
  for (let i = 0; i < a.pixels.length; i += 4) {
    const differs = [0, 1, 2, 3].some((c) => Math.abs(a.pixels[i + c] - b.pixels[i + c]) > TOLERANCE);
    const grey = 255 - (255 - a.pixels[i + 1]) / 4;
    out.set(differs ? [220, 0, 0, 255] : [grey, grey, grey, 255], i);
  }
  return out;
}

describe('export in every script: the screen (Chromium, web fonts) = the export (resvg)', { skip: skipReason() }, () => {
  let browser: Browser;
  let page: Page;
  let html = '';
  let url: string;

  before(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: WIDTH + 40, height: 800 }, deviceScaleFactor: 1 });
    html = `<!doctype html><html><head><style>${fontCss()}</style></head><body></body></html>`;
    url = await serveFonts(page, () => html);
    await page.goto(url);
    mkdirSync(OUT, { recursive: true });
  });
  after(() => browser?.close());

  /** The dashboard SVG in Chromium, its text in the export's font order (what the screen shows with these fonts). */
  async function screen(svg: string, locale: string): Promise<Raster> {
    await page.evaluate(
      ([markup, family, width]) => {
        document.body.style.margin = '0';
        document.body.style.background = '#fff';
        document.body.innerHTML = `<div id="live" style="width:${width}px">${markup}</div>`;
        const root = document.querySelector('#live svg') as SVGSVGElement;
        root.style.display = 'block';
        // The export carries its own width/height; drawn at the dashboard's width like the screen.
        root.style.width = '100%';
        root.style.height = 'auto';
        root.style.fontFamily = family;
      },
      [svg, liveFontFamily(locale), String(WIDTH)] as const,
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await document.fonts.ready;
    });
    const png = new Uint8Array(await page.locator('#live').screenshot());
    return { ...decodePng(png), png };
  }

  async function pair(c: ScriptCase): Promise<{ diff: number; live: string[] }> {
    const tree = c.tree();
    const { svg, live } = await portableSvg(tree, c.locale);
    const kept = allElements(parseXml(svg))
      .filter((e) => e.name === 'text')
      .map(textContent)
      .join('');
    const a = await screen(toSvgString(tree), c.locale);
    // resvg 2.6 falls back by family, not per character and weight as browsers do: in one <text>,
    // Arabic after Latin draws boxes and a bold fallback draws regular. Live text is the viewer's to
    // draw, so an export that keeps some is drawn by the same Chromium as the screen.
    const b = kept ? await screen(svg, c.locale) : rasteriseWith(svg, WIDTH, ttfFilesFor(''));
    if (REVIEW_EXPORT) {
      writeFileSync(join(OUT, `${c.name}.png`), sideBySide(a, b));
      writeFileSync(join(OUT, `${c.name}-diff.png`), encodePng(a.width, a.height, diffMask(a, b)));
    }
    assert.equal(b.width, a.width);
    assert.equal(b.height, a.height);
    return { diff: diffRatio(a, b, TOLERANCE), live };
  }

  for (const c of [...PRESET_CASES, ...SCRIPT_CASES]) {
    test(c.name, async (t) => {
      const { diff, live } = await pair(c);
      t.diagnostic(`differ: ${(diff * 100).toFixed(3)}%`);
      const expectLive = /-ar$|^(he|th|hi)$/.test(c.name);
      assert.equal(live.length > 0, expectLive, `live text: ${live.join(' ')}`);
      assert.ok(diff < MAX_DIFF, `screen and export differ in ${(diff * 100).toFixed(3)}% of pixels`);
    });
  }

  test('negative control: one digit off is far above the threshold', async () => {
    const c = PRESET_CASES.find((x) => x.name === 'open-bugs-ja-JP')!;
    const { svg } = await portableSvg(c.tree(), c.locale);
    const a = await screen(toSvgString(c.tree()).replace('>58<', '>59<'), c.locale);
    const b = rasteriseWith(svg, WIDTH, ttfFilesFor(''));
    const diff = diffRatio(a, b, TOLERANCE);
    assert.ok(diff > 2 * MAX_DIFF, `a wrong digit changes only ${(diff * 100).toFixed(3)}% of pixels`);
  });
});
