/**
 * fast-check arbitraries shared by the property tests.
 */
import fc from 'fast-check';

/** Code points after the surrogates, shifted down over them: 0…0x10F7FF maps onto every scalar value. */
const SURROGATES = 0x800;

/**
 * One Unicode scalar value (any code point but a surrogate half), as `fc.string({ unit: 'binary' })`
 * draws them, with the same bias to small code points (an integer in 0…0x10F7FF).
 *
 * Why not `unit: 'binary'` itself: to seed strings with its "dangerous" ones (`__proto__`,
 * `constructor`…), `fc.string` asks its unit to un-map them, and the 'binary' unit builds a map of all
 * 1.1 million code points for that — ~1 CPU s and 130 MB of heap, kept, in every test process
 * (fast-check 4.10 lib/fast-check.js `buildReverseMapping`; measured with `process.memoryUsage()`). This unit un-maps in O(1), so the dangerous
 * strings are still drawn.
 */
export const scalarValue: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0x10ffff - SURROGATES }).map(
  (n) => String.fromCodePoint(n < 0xd800 ? n : n + SURROGATES),
  (value) => {
    const n = typeof value === 'string' ? value.codePointAt(0) : undefined;
    if (n === undefined || String.fromCodePoint(n) !== value || (n >= 0xd800 && n <= 0xdfff)) {
      throw new Error('not one scalar value');
    }
    return n < 0xd800 ? n : n - SURROGATES;
  },
);

/** Any text of Unicode scalar values, up to `maxLength` of them (`fc.string({ unit: 'binary', maxLength })`). */
export function scalarText(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: scalarValue, maxLength });
}
