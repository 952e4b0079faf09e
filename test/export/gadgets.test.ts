/**
 * Portable export of the real gadget renders: every case of test/render/cases.ts keeps its
 * accessible name, loses every text element and font reference, and looks like the live text
 * drawn with the same Inter; golden SVGs for one case per gadget. With REVIEW_EXPORT=1, side-by-side
 * PNGs (live | portable) land in test/__output__/export/ for review by eye.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderStatusTree, renderTree } from '../../render/index';
import { toPortable, type ExportFont } from '../../render/export';
import { toSvgString, type SvgElement } from '../../render/svg';
import { loadExportFonts } from '../../functions/export/fonts';
import { matchSnapshot } from '../helpers/snapshot';
import { allElements, forbiddenMarkup, parseXml } from '../helpers/xml';
import { ALL_CASES, STATUS_CASES } from '../render/cases';
import { diffRatio, rasterise, REVIEW_EXPORT, sideBySide } from './raster';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '__output__', 'export');
/** Share of pixels (beyond anti-aliasing tolerance) allowed to differ between live text and outlines. */
const MAX_DIFF = 0.002;
/**
 * Cases where a glyph's contextual alternate depends on text across a `<tspan>` of another size:
 * Inter raises "+" after a figure at the end of a run. resvg shapes "9,876+" with the unit tspan as
 * context and keeps it low; Chromium, like the export (satori shapes each run alone), raises it —
 * chromium.test.ts checks these cases against Chromium. Everything else matches resvg too.
 */
const CONTEXT_CASES = new Map([
  ['gauge-partial', 0.006],
  ['counter-partial', 0.006],
  ['counter-partial-narrow', 0.006],
]);

let fonts: ExportFont[];
before(async () => {
  fonts = await loadExportFonts();
  mkdirSync(OUT, { recursive: true });
});

const cases: { name: string; tree: () => SvgElement }[] = [
  ...ALL_CASES.map((c) => ({ name: c.name, tree: () => renderTree(c.spec, c.reading, c.options) })),
  ...STATUS_CASES.map((c) => ({ name: `status-${c.name}`, tree: () => renderStatusTree(c.status, c.options) })),
];
const GOLDEN = new Set(['gauge-mid', 'counter-up-good', 'progress-segments', 'status-error']);

for (const c of cases) {
  test(`portable ${c.name}`, async () => {
    const tree = c.tree();
    const live = toSvgString(tree);
    const { svg, live: kept } = await toPortable(tree, fonts);
    const root = parseXml(svg);
    const liveRoot = parseXml(live);
    const texts = allElements(root).filter((e) => e.name === 'text');
    if (kept.length === 0) {
      assert.deepEqual(texts, [], 'no text left');
      assert.doesNotMatch(svg, /font-family|@font-face|url\(/);
    } else {
      // Emoji and Hebrew are not in Inter: their <text> stays live, with its style written on it.
      for (const ch of kept) assert.ok(/\p{Extended_Pictographic}|\p{Script=Hebrew}|\uFE0F/u.test(ch), `kept ${JSON.stringify(ch)}`);
      assert.ok(texts.length > 0 && texts.every((t) => t.attrs['font-size'] !== undefined));
    }
    assert.deepEqual(forbiddenMarkup(svg), []);
    assert.equal(root.attrs['aria-label'], liveRoot.attrs['aria-label']);
    assert.equal(root.attrs.viewBox, liveRoot.attrs.viewBox);
    const [title] = allElements(root).filter((e) => e.name === 'title');
    const [liveTitle] = allElements(liveRoot).filter((e) => e.name === 'title');
    assert.deepEqual(title, liveTitle, '<title> kept as is');

    const width = Number(root.attrs.viewBox.split(' ')[2]) * 2;
    const a = rasterise(live, width);
    const b = rasterise(svg, width);
    assert.equal(b.width, width);
    assert.equal(b.height, a.height);
    if (REVIEW_EXPORT) writeFileSync(join(OUT, `${c.name}.png`), sideBySide(a, b));
    const diff = diffRatio(a, b);
    assert.ok(diff <= (CONTEXT_CASES.get(c.name) ?? MAX_DIFF), `live and portable differ in ${(diff * 100).toFixed(3)}% of pixels`);
    if (GOLDEN.has(c.name)) matchSnapshot(`export/${c.name}`, svg);
  });
}
