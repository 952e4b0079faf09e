import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { charWidth, cleanText, DEFAULT_WIDTH, fitText, isRtl, MAX_DISPLAY_CHARS, textWidth, WIDE_WIDTH, wrapText } from '../../render/text';

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

describe('wrapText', () => {
  const width = (lines: string[], size: number, weight: 400 | 600 = 400) => Math.max(...lines.map((l) => textWidth(l, size, weight)));
  it('keeps a line that fits (shrinking first, as fitText does)', () => {
    assert.deepEqual(wrapText('No data', 200, 14, 12, 600), { lines: ['No data'], size: 14, truncated: false });
    const shrunk = wrapText('Edit this gadget to choose what it shows', 260, 14, 12, 600);
    assert.equal(shrunk.lines.length, 1);
    assert.ok(shrunk.size < 14 && shrunk.size >= 12);
  });
  it('breaks at spaces, every line within the width, nothing lost', () => {
    const text = 'Bearbeiten Sie dieses Gadget, um festzulegen, was es zeigt';
    const r = wrapText(text, 288, 14, 12, 600, 2);
    assert.equal(r.lines.length, 2);
    assert.equal(r.truncated, false);
    assert.equal(r.lines.join(' '), text);
    assert.ok(width(r.lines, r.size, 600) <= 288);
  });
  it('breaks Japanese between glyphs, never before 、 。 or a closing bracket', () => {
    const text = 'このガジェットを編集して、表示内容を選んでください。（必須）';
    for (const room of [120, 150, 180, 200]) {
      const r = wrapText(text, room, 14, 12, 400, 5);
      assert.equal(r.lines.join(''), text, `${room}`);
      for (const line of r.lines.slice(1)) assert.ok(!/^[、。）]/.test(line), `${room}: "${line}"`);
      assert.ok(width(r.lines, r.size) <= room, `${room}`);
    }
  });
  it('ends with an ellipsis what does not fit in the lines, and cuts a word longer than a line', () => {
    const r = wrapText('Sprintfortschrittsberichterstattungsverantwortlicher bitte melden Sie sich', 120, 14, 12, 600, 2);
    assert.equal(r.truncated, true);
    assert.equal(r.lines.length, 2);
    assert.ok(r.lines[1].endsWith('…'));
    assert.ok(width(r.lines, 12, 600) <= 120);
  });
  it('one line at most when asked: the fitText result', () => {
    const text = 'a long message that cannot fit into this small room';
    assert.deepEqual(wrapText(text, 80, 14, 12, 600, 1).lines, [fitText(text, 80, 14, 12, 600).text]);
  });
});
