/** A partial value says on the card how many issues it covers: in the title row and in the accessible label. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../../render/index';
import type { GadgetKind, Reading } from '../../render/types';
import { allElements, parseXml, textContent } from '../helpers/xml';

const texts = (svg: string) =>
  allElements(parseXml(svg))
    .filter((e) => e.name === 'text')
    .map(textContent);

const reading = (kind: GadgetKind, more: Partial<Reading>): Reading =>
  kind === 'progress' ? { value: 40, total: 100, ...more } : { value: 2_200, max: 10_000, ...more };

for (const kind of ['gauge', 'counter', 'progress'] as const) {
  test(`${kind}: "first N issues" only for a partial value that says what it covers`, () => {
    for (const [title, width] of [
      ['Story points', 320],
      [undefined, 320],
      ['A long title that will not fit beside the note at all', 160],
      ['פתוחים באגים', 320],
    ] as const) {
      const svg = render({ kind, title }, reading(kind, { partial: true, covered: 4_800 }), { width });
      assert.ok(
        texts(svg).some((t) => /^(first )?4,800 issues$/.test(t)),
        `${kind} ${title} ${width}: ${texts(svg).join(' | ')}`,
      );
      assert.match(parseXml(svg).attrs['aria-label'] ?? '', /\(from the first 4,800 issues\)$/);
    }
    for (const more of [{}, { covered: 4_800 }, { partial: true }, { partial: true, covered: Number.NaN }] as Partial<Reading>[]) {
      const svg = render({ kind, title: 'T' }, reading(kind, more), {});
      assert.doesNotMatch(svg, /issues/, JSON.stringify(more));
    }
  });
}

test('the locale formats the count and gives the words, and one issue is singular', () => {
  assert.ok(
    texts(render({ kind: 'counter' }, { value: 5, partial: true, covered: 1_234 }, { locale: 'de-DE' })).includes('erste 1.234 Vorgänge'),
  );
  assert.ok(
    texts(render({ kind: 'counter' }, { value: 5, partial: true, covered: 1_234 }, { locale: 'en-GB' })).includes('first 1,234 issues'),
  );
  assert.ok(texts(render({ kind: 'counter' }, { value: 5, partial: true, covered: 1 }, {})).includes('first 1 issue'));
});
