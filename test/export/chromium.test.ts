/**
 * The promise of the export, checked in a real browser: headless Chromium draws the live SVG with
 * Inter loaded as a web font (@fontsource/inter's own CSS, files inlined) and the portable SVG with
 * no fonts at all; both screenshots must match. Side-by-side PNGs go to test/__output__/export/ with REVIEW_EXPORT=1.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderStatusTree, renderTree } from '../../render/index';
import { toPortable, type ExportFont } from '../../render/export';
import { toSvgString, type SvgElement } from '../../render/svg';
import { loadExportFonts } from '../../functions/export/fonts';
import { interFontDir } from '../../functions/export/font-files';
import { launch, skipReason } from '../browser/harness';
import { ALL_CASES, STATUS_CASES } from '../render/cases';
import { decodePng } from './png';
import { diffRatio, REVIEW_EXPORT, sideBySide, type Raster } from './raster';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '__output__', 'export');
const WIDTH = 640;
/**
 * Share of pixels allowed to differ by more than TOLERANCE/255 in a channel: Chromium anti-aliases
 * live text and filled paths slightly differently (measured ≤ 0.07 %; a wrong digit: ≈ 0.5 %).
 */
const MAX_DIFF = 0.001;
const TOLERANCE = 128;

/** @fontsource/inter's CSS for 400 and 600 with every file inlined as a data: URL (WOFF only). */
function interCss(): string {
  const dir = join(interFontDir(), '..');
  return ['400.css', '600.css']
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n')
    .replace(/url\(\.\/files\/([^)]+)\.woff2\) format\('woff2'\), /g, '')
    .replace(
      /url\(\.\/files\/([^)]+\.woff)\)/g,
      (_, file: string) => `url(data:font/woff;base64,${readFileSync(join(dir, 'files', file)).toString('base64')})`,
    );
}

const CASES: Record<string, () => SvgElement> = Object.fromEntries([
  ...['gauge-mid', 'counter-up-good', 'progress-segments', 'counter-long-title', 'gauge-partial', 'counter-partial', 'gauge-locale-de'].map(
    (name) => {
      const c = ALL_CASES.find((x) => x.name === name)!;
      return [name, () => renderTree(c.spec, c.reading, c.options)];
    },
  ),
  ['status-error', () => renderStatusTree(STATUS_CASES.find((x) => x.name === 'error')!.status)],
]);

describe('portable export in Chromium', { skip: skipReason() }, () => {
  let browser: Browser;
  let page: Page;
  let fonts: ExportFont[];
  let css: string;

  before(async () => {
    [browser, fonts] = await Promise.all([launch(), loadExportFonts()]);
    page = await browser.newPage({ viewport: { width: 2 * WIDTH + 40, height: 800 }, deviceScaleFactor: 1 });
    css = interCss();
    mkdirSync(OUT, { recursive: true });
  });
  after(() => browser?.close());

  async function shoot(selector: string): Promise<Raster> {
    const png = new Uint8Array(await page.locator(selector).screenshot());
    return { ...decodePng(png), png };
  }

  /** Screenshots of `live` (with the web font) and `portable`, side by side in one page. */
  async function pair(live: string, svg: string): Promise<[Raster, Raster]> {
    await page.setContent(
      `<!doctype html><html><head><style>${css} body{margin:0;background:#fff} .box{width:${WIDTH}px;display:inline-block;vertical-align:top;margin-right:8px} .box svg{display:block}</style></head>` +
        `<body><div class="box" id="live">${live}</div><div class="box" id="portable">${svg}</div></body></html>`,
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    assert.ok(
      await page.evaluate(() => document.fonts.check('600 14px Inter') && document.fonts.check('400 14px Inter')),
      'Inter is loaded',
    );
    return [await shoot('#live'), await shoot('#portable')];
  }

  for (const [name, tree] of Object.entries(CASES)) {
    test(`${name}: live text with web-font Inter = portable outlines`, async () => {
      const { svg } = await toPortable(tree(), fonts);
      const [a, b] = await pair(toSvgString(tree()), svg);
      if (REVIEW_EXPORT) writeFileSync(join(OUT, `chromium-${name}.png`), sideBySide(a, b));
      assert.equal(b.width, a.width);
      assert.equal(b.height, a.height);
      const diff = diffRatio(a, b, TOLERANCE);
      assert.ok(diff < MAX_DIFF, `Chromium: live and portable differ in ${(diff * 100).toFixed(3)}% of pixels`);
    });
  }

  test('negative control: one digit off is far above the threshold', async () => {
    const c = ALL_CASES.find((x) => x.name === 'counter-mid')!;
    const { svg } = await toPortable(renderTree(c.spec, { ...c.reading, value: 43 }), fonts);
    const [a, b] = await pair(toSvgString(renderTree(c.spec, c.reading)), svg);
    const diff = diffRatio(a, b, TOLERANCE);
    assert.ok(diff > 3 * MAX_DIFF, `a wrong digit changes only ${(diff * 100).toFixed(3)}% of pixels`);
  });
});
