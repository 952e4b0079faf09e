/** The ICU MessageFormat subset of i18n/message.ts: arguments, plural, select, quoting, errors. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatParts, MessageSyntaxError, parseMessage, type Values } from '../../i18n/message';

const format = (source: string, values: Values = {}, locale = 'en-US') => formatParts(parseMessage(source), values, locale);

describe('message format', () => {
  it('formats a table of messages', () => {
    const cases: [string, Values, string, string?][] = [
      ['plain text', {}, 'plain text'],
      ['{a} of {b}', { a: 'x', b: 'y' }, 'x of y'],
      ['{ a } spaced', { a: 'x' }, 'x spaced'],
      ['{n} numbers are grouped', { n: 1234.5 }, '1,234.5 numbers are grouped'],
      ['{n}', { n: 1234.5 }, '1.234,5', 'de-DE'],
      ['{n, plural, one {# item} other {# items}}', { n: 1 }, '1 item'],
      ['{n, plural, one {# item} other {# items}}', { n: 0 }, '0 items'],
      ['{n, plural, one {# item} other {# items}}', { n: 2000 }, '2,000 items'],
      ['{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'none'],
      ['{n, plural, one {# point} other {# points}}', { n: 0 }, '0 point', 'fr'],
      ['{n, plural, one {# Punkt} other {# Punkte}}', { n: 1 }, '1 Punkt', 'de'],
      ['{n, plural, other {# 件}}', { n: 1 }, '1 件', 'ja'],
      ['{n, plural, one {# día} other {# días}}', { n: '3' }, '3 días', 'es'],
      ['{w, select, above {above {f}} other {at {f}}}', { w: 'above', f: '30' }, 'above 30'],
      ['{w, select, above {above {f}} other {at {f}}}', { w: 'at', f: '30' }, 'at 30'],
      ['{w, select, above {above} other {at}}', {}, 'at'],
      ['{n, plural, other {{label}: #}}', { n: 5, label: 'x' }, 'x: 5'],
      ['# outside a plural', {}, '# outside a plural'],
      ["l'heure et l'endroit", {}, "l'heure et l'endroit"],
      ["it''s", {}, "it's"],
      ["'{literal}' braces", {}, '{literal} braces'],
      ["{n, plural, other {'#' is # here}}", { n: 3 }, '# is 3 here'],
      ['a {missing} value is empty', {}, 'a  value is empty'],
      ['{n}', { n: Number.NaN }, '–'],
      ['{n, plural, one {one} other {other}}', { n: Number.POSITIVE_INFINITY }, 'other'],
      ['{x}', { constructor: 'c' }, ''],
    ];
    for (const [source, values, expected, locale] of cases) assert.equal(format(source, values, locale), expected, source);
  });

  it('rejects what it does not understand, saying where', () => {
    const bad = [
      '{',
      '}',
      '{a',
      '{a b}',
      '{1a}',
      '{a, number}',
      '{a, plural}',
      '{a, plural, one {x}}',
      '{a, select, =1 {x} other {y}}',
      '{a, plural, one {x} one {y} other {z}}',
      '{a, plural, other {x}',
      '{a, plural, other x}',
      '{}',
    ];
    for (const source of bad) assert.throws(() => parseMessage(source), MessageSyntaxError, source);
    assert.throws(() => parseMessage('ok {a, plural, one x}'), /at \d+ in "ok \{a, plural, one x\}"/);
  });

  it('never throws anything but a syntax error, and formats whatever it parses without throwing', () => {
    const text = fc.string({
      unit: fc.constantFrom('{', '}', ',', '#', "'", ' ', 'a', 'n', 'plural', 'select', 'one', 'other', '=1', 'x'),
    });
    fc.assert(
      fc.property(text, fc.dictionary(fc.constantFrom('a', 'n', 'x'), fc.oneof(fc.string(), fc.double())), (source, values) => {
        try {
          const parts = parseMessage(source);
          assert.equal(typeof formatParts(parts, values, 'en-US'), 'string');
        } catch (error) {
          assert.ok(error instanceof MessageSyntaxError, String(error));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
