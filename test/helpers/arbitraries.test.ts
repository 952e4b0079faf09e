/** The shared arbitraries draw what they promise (test/helpers/arbitraries.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scalarText, scalarValue } from './arbitraries';

const isScalar = (c: string): boolean => {
  const n = c.codePointAt(0)!;
  return String.fromCodePoint(n) === c && !(n >= 0xd800 && n <= 0xdfff);
};

test('scalarValue: one scalar value, both ends of the range and both sides of the surrogates reachable', () => {
  for (const edge of ['\u0000', '\ud7ff', '\ue000', '\u{10ffff}']) {
    // The un-mapper is what fast-check uses to shrink and to seed its dangerous strings.
    assert.ok(scalarValue.canShrinkWithoutContext(edge), JSON.stringify(edge));
  }
  for (const bad of ['\ud800', '\udfff', 'ab', '', 7]) assert.equal(scalarValue.canShrinkWithoutContext(bad), false, String(bad));
  fc.assert(fc.property(scalarValue, (c) => isScalar(c)));
});

test('scalarText: well-formed text up to its length, astral planes and fast-check’s dangerous strings included', () => {
  const drawn = fc.sample(scalarText(40), { numRuns: 3_000, seed: 42 });
  assert.ok(drawn.every((s) => [...s].length <= 40 && [...s].every(isScalar)));
  assert.ok(
    drawn.some((s) => [...s].some((c) => c.codePointAt(0)! > 0xffff)),
    'astral code points',
  );
  // fast-check's "dangerous strings" (lib/fast-check.js `dangerousStrings`), as often as 'binary'
  // seeds them (19 of 3,000 at seed 42, for both).
  const dangerous = ['__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty', 'apply', 'call', 'bind', 'length', 'name'];
  assert.ok(drawn.filter((s) => dangerous.some((w) => s.includes(w))).length >= 10, 'dangerous strings seeded');
});
