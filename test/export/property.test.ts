/** Property: any text (any script, emoji, controls, markup characters) exports to clean outlines. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toPortable, type ExportFont } from '../../render/export';
import { el } from '../../render/svg';
import { loadExportFonts } from '../../functions/export/fonts';
import { allElements, forbiddenMarkup, parseXml } from '../helpers/xml';

let fonts: ExportFont[];
before(async () => {
  fonts = await loadExportFonts();
});

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('<script>&amp;"\'', '\u202Eevil', 'a\u0000b', '  ', '👩‍👩‍👧 Ω Ж ą 漢', '\uD800x'),
);

test('any title and value text export to well-formed outlines with no text or font references', async () => {
  await fc.assert(
    fc.asyncProperty(
      text,
      text,
      fc.constantFrom('start', 'middle', 'end'),
      fc.integer({ min: 1, max: 96 }),
      async (title, value, anchor, size) => {
        const tree = el(
          'svg',
          { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 320 160', 'aria-label': title, 'font-family': 'Inter' },
          el('title', {}, title),
          el(
            'text',
            { x: 160, y: 80, 'font-size': size, 'text-anchor': anchor, fill: '#172B4D' },
            value,
            el('tspan', { 'font-weight': 600 }, title),
          ),
        );
        const { svg, dropped } = await toPortable(tree, fonts);
        const root = parseXml(svg);
        assert.ok(!allElements(root).some((e) => e.name === 'text' || e.name === 'tspan'));
        assert.doesNotMatch(svg, /font-family|@font-face|url\(/);
        assert.deepEqual(forbiddenMarkup(svg), []);
        for (const ch of dropped) assert.ok(`${title}${value}`.includes(ch), `dropped ${JSON.stringify(ch)} comes from the input`);
      },
    ),
    { numRuns: 60, seed: 7 },
  );
});
