import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forbiddenMarkup, parseXml, textContent } from '../helpers/xml';
import { lineDiff } from '../helpers/snapshot';

test('parseXml accepts well-formed markup and decodes text', () => {
  const root = parseXml('<svg xmlns="http://www.w3.org/2000/svg"><title>a &amp; b</title></svg>');
  assert.equal(root.name, 'svg');
  assert.equal(textContent(root), 'a & b');
});

test('parseXml throws on malformed markup', () => {
  for (const bad of ['<svg><g></svg>', '<svg>a < b</svg>', '<svg>&nbsp;</svg>', '<svg/><svg/>', '<svg a="1" a="2"/>', '']) {
    assert.throws(() => parseXml(bad), Error, bad);
  }
});

test('forbiddenMarkup reports script, style, handlers, external href and NaN', () => {
  assert.deepEqual(forbiddenMarkup('<svg><rect fill="#fff"/><use href="#a"/></svg>'), []);
  const cases = [
    '<svg><script>x</script></svg>',
    '<svg><style>x</style></svg>',
    '<svg><foreignObject/></svg>',
    '<svg><rect style="fill:red"/></svg>',
    '<svg><rect onclick="x"/></svg>',
    '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="http://e/x"/></svg>',
    '<svg><rect x="NaN"/></svg>',
    '<svg><text>Infinity</text></svg>',
    '<svg><text>undefined</text></svg>',
  ];
  for (const svg of cases) assert.notDeepEqual(forbiddenMarkup(svg), [], svg);
});

test('lineDiff shows the changed element with - and + lines', () => {
  const diff = lineDiff('<svg><rect x="1"/><g/></svg>', '<svg><rect x="2"/><g/></svg>');
  assert.match(diff, /^- <rect x="1"\/>$/m);
  assert.match(diff, /^\+ <rect x="2"\/>$/m);
});
