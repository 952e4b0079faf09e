/** A stale value (the last number read while Jira could not be asked) says its age quietly: a note with a small clock in the title row, and words in the label. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../../render/index';
import type { GadgetKind, Reading } from '../../render/types';
import { allElements, forbiddenMarkup, parseXml, textContent } from '../helpers/xml';

const texts = (svg: string) =>
  allElements(parseXml(svg))
    .filter((e) => e.name === 'text')
    .map(textContent);
const circles = (svg: string) => allElements(parseXml(svg)).filter((e) => e.name === 'circle').length;
const reading = (kind: GadgetKind, more: Partial<Reading>): Reading =>
  kind === 'progress' ? { value: 40, total: 100, ...more } : { value: 2_200, max: 10_000, ...more };
const STALE = { asOf: 'as of 10:42 AM', reason: 'Jira is rate limiting Glance' };

for (const kind of ['gauge', 'counter', 'progress'] as const) {
  test(`${kind}: "as of" note with a clock only when stale; the label says why`, () => {
    for (const [title, width] of [
      ['Story points', 320],
      [undefined, 320],
      ['A long title that will not fit beside the note at all', 160],
      ['פתוחים באגים', 320],
    ] as const) {
      const fresh = render({ kind, title }, reading(kind, {}), { width });
      const stale = render({ kind, title }, reading(kind, { stale: STALE }), { width });
      assert.deepEqual(forbiddenMarkup(stale), []);
      assert.ok(
        texts(stale).some((t) => t === 'as of 10:42 AM' || t === '10:42 AM'),
        `${kind} ${title} ${width}: ${texts(stale).join(' | ')}`,
      );
      assert.equal(circles(stale), circles(fresh) + 1, 'one clock');
      assert.match(parseXml(stale).attrs['aria-label'] ?? '', /\(as of 10:42 AM, Jira is rate limiting Glance\)$/);
      assert.doesNotMatch(fresh, /as of/);
    }
  });
}

test('stale and partial: both in the label; the title row keeps the age when both do not fit', () => {
  const both = { partial: true, covered: 5_000, stale: STALE };
  const wide = render({ kind: 'counter', title: 'Estimate' }, { value: 9, ...both }, { width: 600 });
  assert.ok(texts(wide).includes('as of 10:42 AM · first 5,000 issues'), texts(wide).join(' | '));
  const narrow = render({ kind: 'counter', title: 'Estimate' }, { value: 9, ...both }, { width: 200 });
  assert.ok(texts(narrow).includes('as of 10:42 AM'), texts(narrow).join(' | '));
  assert.match(
    parseXml(narrow).attrs['aria-label'] ?? '',
    /\(from the first 5,000 issues; as of 10:42 AM, Jira is rate limiting Glance\)$/,
  );
});

test('an empty or markup-laden asOf is cleaned, never drawn raw', () => {
  assert.doesNotMatch(render({ kind: 'counter', title: 'T' }, { value: 1, stale: { asOf: '' } }, {}), /<circle/);
  const svg = render({ kind: 'counter', title: 'T' }, { value: 1, stale: { asOf: '<b>as of</b> "now"' } }, {});
  assert.deepEqual(forbiddenMarkup(svg), []);
  assert.doesNotMatch(svg, /<b>/);
});
