import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scalarText } from '../helpers/arbitraries';
import { FALLBACK_NAME, MAX_NAME_BYTES, MAX_NAME_LENGTH, cutToBytes, exportFilename, utf8Bytes } from '../../functions/export/filename';

const cases: [string | null | undefined, string][] = [
  ['Open bugs', 'Open bugs.svg'],
  ['Sprint 42 / Team A', 'Sprint 42 - Team A.svg'],
  ['a\\b/c', 'a-b-c.svg'],
  ['../../etc/passwd', 'etc-passwd.svg'],
  ['C:\\Users\\me', 'C-Users-me.svg'],
  ['what? <now> "quoted" | star*', 'what- -now- -quoted- - star.svg'],
  ['tab\there\nnew line', 'tab here new line.svg'],
  ['bell\u0007 and \u0000nul and \u009Fc1', 'bell and nul and c1.svg'],
  ['evil\u202Egvs.exe', 'evilgvs.exe.svg'],
  ['half \uD800 pair \uDE00', 'half pair.svg'],
  ['  spaced   out  ', 'spaced out.svg'],
  ['...hidden', 'hidden.svg'],
  ['trailing dots...', 'trailing dots.svg'],
  ['CON', 'CON_.svg'],
  // Windows reserves a device name with any extension: the "_" goes before the first dot.
  ['nul.txt', 'nul_.txt.svg'],
  ['con.txt', 'con_.txt.svg'],
  ['Aux .tar.gz', 'Aux_ .tar.gz.svg'],
  ['CONOUT$', 'CONOUT$_.svg'],
  ['com¹.log', 'com¹_.log.svg'],
  ['console.txt', 'console.txt.svg'],
  ['com1', 'com1_.svg'],
  ['LPT9', 'LPT9_.svg'],
  ['Console', 'Console.svg'],
  ['', `${FALLBACK_NAME}.svg`],
  ['   ', `${FALLBACK_NAME}.svg`],
  ['///', `${FALLBACK_NAME}.svg`],
  ['\u0001\u0002', `${FALLBACK_NAME}.svg`],
  [undefined, `${FALLBACK_NAME}.svg`],
  [null, `${FALLBACK_NAME}.svg`],
  ['Ärger über Bugs', 'Ärger über Bugs.svg'],
  ['Spri\u0308nt', 'Sprïnt.svg'], // NFC
  ['スプリント目標 🚀', 'スプリント目標 🚀.svg'],
  ['פתוחים באגים', 'פתוחים באגים.svg'],
  ['👩‍💻 team', '👩‍💻 team.svg'],
];

test('exportFilename: sanitising table', () => {
  for (const [title, expected] of cases) assert.equal(exportFilename(title, 'svg'), expected, JSON.stringify(title));
});

test('exportFilename: extension is the one asked for', () => {
  assert.equal(exportFilename('Gauge', 'png'), 'Gauge.png');
  assert.equal(exportFilename('Open bugs / week', 'json'), 'Open bugs - week.json'); // the edit view's settings file
});

test('exportFilename: long titles are cut by grapheme, never inside an emoji', () => {
  assert.equal(exportFilename('x'.repeat(500), 'svg'), `${'x'.repeat(MAX_NAME_LENGTH)}.svg`);
  const cluster = 'g\u0308'; // g + combining diaeresis: one grapheme, two code points, 3 bytes
  const name = exportFilename(cluster.repeat(100), 'svg');
  assert.equal(name, `${cluster.repeat(MAX_NAME_LENGTH)}.svg`);
  const cutAtSpace = exportFilename(`${'a'.repeat(MAX_NAME_LENGTH - 1)} b`, 'svg');
  assert.equal(cutAtSpace, `${'a'.repeat(MAX_NAME_LENGTH - 1)}.svg`, 'a trailing space left by the cut is trimmed');
});

test('exportFilename: never contains a separator, a control character or a reserved character', () => {
  let all = '';
  for (let cp = 0; cp < 0x300; cp++) all += String.fromCodePoint(cp);
  const name = exportFilename(all, 'svg');
  // eslint-disable-next-line no-control-regex -- the test is about control characters
  assert.doesNotMatch(name, /[\u0000-\u001F\u007F-\u009F\\/:*?"<>|]/);
  assert.ok(name.endsWith('.svg'));
});

test('exportFilename: at most 255 UTF-8 bytes, cut between whole characters', () => {
  const cases: [string, string][] = [
    ['😀'.repeat(100), `${'😀'.repeat(62)}.svg`], // 4 bytes each: 62 × 4 + 4 = 252
    ['👨‍👩‍👧‍👦'.repeat(100), `${'👨‍👩‍👧‍👦'.repeat(10)}.svg`], // 25 bytes each, never half a family
    ['目'.repeat(100), `${'目'.repeat(80)}.svg`], // 80 graphemes × 3 = 240 bytes: fits
    ['é'.repeat(200), `${'é'.repeat(80)}.svg`],
    [`x${'\u0301'.repeat(500)}`, `x${'\u0301'.repeat(124)}.svg`], // one huge grapheme: cut between code points
  ];
  for (const [title, expected] of cases) {
    const name = exportFilename(title, 'svg');
    assert.equal(name, expected, `${title.slice(0, 8)}…`);
    assert.ok(utf8Bytes(name) <= MAX_NAME_BYTES, `${utf8Bytes(name)} bytes`);
  }
  assert.equal(utf8Bytes(exportFilename('😀'.repeat(100), 'png')), 252);
});

/** No lone surrogate (what String.prototype.isWellFormed checks, ES2024). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

test('cutToBytes: never more than asked, never a partial code point', () => {
  assert.equal(cutToBytes('abc', 2), 'ab');
  assert.equal(cutToBytes('😀😀', 7), '😀');
  assert.equal(cutToBytes('😀', 3), '');
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(300), (text, max) => {
      const out = cutToBytes(text, max);
      return utf8Bytes(out) <= max && text.startsWith(out) && wellFormed(out);
    }),
  );
});

test('exportFilename: any title gives a well-formed name of at most 255 bytes (property)', () => {
  // Any code points, with lone surrogates mixed in.
  const unit = fc.oneof(
    scalarText(1),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  );
  fc.assert(
    fc.property(
      fc.array(unit, { maxLength: 400 }).map((parts) => parts.join('')),
      fc.constantFrom('svg', 'png'),
      (title, ext) => {
        const name = exportFilename(title, ext);
        return utf8Bytes(name) <= MAX_NAME_BYTES && wellFormed(name) && name.endsWith(`.${ext}`);
      },
    ),
  );
});

test('exportFilename: no name is a Windows device name with any extension', () => {
  const device = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *$/i;
  const stems = ['con', 'PRN', 'aux', 'Nul', 'com0', 'COM9', 'lpt¹', 'conin$', 'CONOUT$'];
  fc.assert(
    fc.property(
      fc.constantFrom(...stems),
      fc.constantFrom('', '.txt', ' .txt', '.tar.gz', '. x'),
      fc.constantFrom('svg', 'png', 'json'),
      (stem, rest, ext) => {
        const name = exportFilename(stem + rest, ext);
        assert.ok(!device.test(name.split('.')[0]), `${stem + rest} → ${name}`);
      },
    ),
  );
});
