import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charWidth, cleanText, DEFAULT_WIDTH, fitText, isRtl, MAX_DISPLAY_CHARS, textWidth, WIDE_WIDTH } from '../../render/text';

test('charWidth comes from the Inter table, with defaults for unknown, wide and zero-width characters', () => {
  assert.equal(charWidth('i'.codePointAt(0) as number), 0.242);
  assert.equal(charWidth('W'.codePointAt(0) as number), 0.985);
  assert.ok(charWidth('W'.codePointAt(0) as number, 600) > charWidth('W'.codePointAt(0) as number, 400));
  assert.equal(charWidth(0x05d0), DEFAULT_WIDTH); // Hebrew alef: not in the table
  assert.equal(charWidth(0x1f680), WIDE_WIDTH); // rocket emoji
  assert.equal(charWidth(0x4e2d), WIDE_WIDTH); // CJK
  assert.equal(charWidth(0x200d), 0); // zero-width joiner
  assert.equal(charWidth(0x0301), 0); // combining acute
});

test('textWidth scales with the font size and counts code points, not UTF-16 units', () => {
  assert.equal(textWidth('', 14), 0);
  assert.ok(Math.abs(textWidth('Hello', 20) - 2 * textWidth('Hello', 10)) < 1e-9);
  assert.equal(textWidth('🚀', 10), WIDE_WIDTH * 10);
});

test('fitText keeps, shrinks, then cuts with an ellipsis', () => {
  assert.deepEqual(fitText('Open bugs', 200, 14, 12), { text: 'Open bugs', size: 14, truncated: false });
  const shrunk = fitText('Open bugs in project', 120, 14, 10);
  assert.equal(shrunk.truncated, false);
  assert.ok(shrunk.size < 14 && shrunk.size >= 10);
  assert.ok(textWidth(shrunk.text, shrunk.size) <= 120);
  const cut = fitText('Story points completed in the current sprint', 100, 14, 12);
  assert.equal(cut.truncated, true);
  assert.equal(cut.size, 12);
  assert.ok(cut.text.endsWith('…'));
  assert.ok(textWidth(cut.text, 12) <= 100);
  assert.equal(fitText('abc', 0, 14, 12).text, '');
});

test('fitText never splits a surrogate pair', () => {
  const cut = fitText('🚀🚀🚀🚀🚀🚀🚀🚀', 40, 12, 12);
  assert.ok(cut.truncated);
  assert.doesNotMatch(cut.text, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
});

test('cleanText removes controls and bidi overrides, collapses whitespace, caps the length', () => {
  assert.equal(cleanText('  a\n\tb\u0000c  '), 'a b c');
  assert.equal(cleanText('abc\u202Edef\u2066x\u2069'), 'abcdefx');
  assert.equal(cleanText(undefined), '');
  assert.equal(cleanText(42), '');
  assert.equal(Array.from(cleanText('😀'.repeat(1000))).length, MAX_DISPLAY_CHARS);
});

test('isRtl looks at the first strong character', () => {
  assert.equal(isRtl('משימות'), true);
  assert.equal(isRtl('42 مهام'), true);
  assert.equal(isRtl('Sprint משימות'), false);
  assert.equal(isRtl('123'), false);
});
