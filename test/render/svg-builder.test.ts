/** render/svg.ts, the escaping builder all SVG goes through: XML escaping, numbers, and the elements and attributes it refuses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { el, escapeXml, num, toSvgString } from '../../render/svg';

test('escapeXml escapes the five XML specials', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('escapeXml strips characters illegal in XML 1.0 and lone surrogates', () => {
  assert.equal(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f'), 'abcdef');
  assert.equal(escapeXml('tab\tnl\ncr\r😀'), 'tab\tnl\ncr\r😀');
});

test('num rounds, drops -0 and non-finite values', () => {
  const cases: [number, number | undefined, string][] = [
    [1.23456, undefined, '1.23'],
    [1.23456, 3, '1.235'],
    [-0, undefined, '0'],
    [-0.0001, undefined, '0'],
    [NaN, undefined, '0'],
    [Infinity, undefined, '0'],
    [100, undefined, '100'],
  ];
  for (const [value, decimals, expected] of cases) assert.equal(num(value, decimals), expected, `num(${value})`);
});

test('el serialises attributes and children, escaping both', () => {
  const node = el('g', { id: 'a"b', opacity: 0.5, hidden: undefined }, el('text', { x: 1 }, '<b>'), null, false);
  assert.equal(toSvgString(node), '<g id="a&quot;b" opacity="0.5"><text x="1">&lt;b&gt;</text></g>');
});

test('el refuses elements and attributes that would break the CSP or allow script', () => {
  for (const name of ['script', 'style', 'foreignObject', 'a b']) assert.throws(() => el(name), /not allowed/);
  for (const attr of ['onload', 'onClick', 'style']) assert.throws(() => el('g', { [attr]: 'x' }), /not allowed/);
  assert.throws(() => el('use', { href: 'https://evil.example/x.svg#a' }), /fragment/);
  assert.doesNotThrow(() => el('use', { href: '#a' }));
});
