/**
 * Properties: any text (any script, emoji, controls, markup characters, unpaired surrogates) exports
 * to clean outlines or live text, never an error; and no digit, sign, bracket, percent or separator
 * of what the screen shows is ever missing from the export (issue #26: "+6（23.1%）" once became "+623.1%").
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scalarText } from '../helpers/arbitraries';
import { toPortable, type ExportFont } from '../../render/export';
import { el, stripIllegalXml, type SvgElement } from '../../render/svg';
import { normaliseRuns, collectRuns, INITIAL_STYLE } from '../../render/export-text';
import { fontsFor, liveFontFamily, loadExportFonts } from '../../functions/export/fonts';
import { allElements, forbiddenMarkup, parseXml, type XmlElement } from '../helpers/xml';

let fonts: ExportFont[];
before(async () => {
  fonts = await loadExportFonts();
});

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  scalarText(12),
  // Any UTF-16 code units: unpaired surrogates included.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 12 }),
  fc.constantFrom('<script>&amp;"\'', '\u202Eevil', 'a\u0000b', '  ', '👩‍👩‍👧 Ω Ж ą 漢', '\uD800x', '\uD83D:\uDE00', '\uDE00\uD83D'),
);

/** Characters a number is made of, in any of the interface languages and the scripts Glance shows. */
const NUMBER_CHARS = /[\p{Nd}+\-−±%‰.,،٫٬'’\u00A0\u202F()（）[\]［］{}<>:：/・▲▼]/u;
const numberChars = (s: string): string =>
  Array.from(s)
    .filter((c) => NUMBER_CHARS.test(c))
    .join('');
const number = fc
  .tuple(
    fc.constantFrom('▲ ', '▼ ', '', '+', '−', '-'),
    fc.integer({ min: -99999, max: 99999 }),
    fc.constantFrom('（', '(', ' ', '・', ''),
    fc.float({ min: -1000, max: 1000, noNaN: true }),
    fc.constantFrom('%）', '%)', ' %', '‰', ''),
    fc.constantFrom('', ' 件中 ', ' issues · ', ' مرحبا ', ' שלום ', ' สวัสดี ', ' नमस्ते ', ' 😀 ', ' 👩‍💻 ', ' 한국어 '),
  )
  .map(([sign, n, open, f, close, words]) => `${sign}${n.toLocaleString('de-DE')}${open}${f.toFixed(1)}${close}${words}${n}`);

function card(title: string, value: string, anchor: string, size: number): SvgElement {
  return el(
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
}

const textOf = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
const options = { more: (m: readonly string[]) => fontsFor(m, 'ja-JP'), liveFontFamily: liveFontFamily('ja-JP') };

test('any title and value text export, with every font, to well-formed outlines or live text', async () => {
  await fc.assert(
    fc.asyncProperty(
      text,
      text,
      fc.constantFrom('start', 'middle', 'end'),
      fc.integer({ min: 1, max: 96 }),
      async (title, value, anchor, size) => {
        const { svg, live } = await toPortable(card(title, value, anchor, size), fonts, options);
        const root = parseXml(svg);
        assert.deepEqual(forbiddenMarkup(svg), []);
        assert.doesNotMatch(svg, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'no lone surrogate written');
        const texts = allElements(root).filter((e) => e.name === 'text');
        if (live.length === 0) assert.deepEqual(texts, []);
        const input = stripIllegalXml(`${value}${title}`);
        for (const ch of live) for (const cp of ch) assert.ok(input.includes(cp), `live ${JSON.stringify(ch)} comes from the input`);
      },
    ),
    { numRuns: 80, seed: 7 },
  );
});

test('every digit, sign, bracket, percent and separator on screen is in the export', async () => {
  await fc.assert(
    fc.asyncProperty(number, number, async (title, value) => {
      const tree = card(title, value, 'middle', 24);
      const shown = normaliseRuns(collectRuns(tree.children[1] as SvgElement, INITIAL_STYLE))
        .map((r) => r.text)
        .join('');
      const { svg, outlined } = await toPortable(tree, fonts, options);
      const kept = allElements(parseXml(svg))
        .filter((e) => e.name === 'text')
        .map(textOf);
      assert.equal(numberChars([...outlined, ...kept].join('')), numberChars(shown));
    }),
    { numRuns: 40, seed: 26 },
  );
});
