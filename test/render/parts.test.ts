/**
 * Keyboard stops (render/parts.ts): every part a pointer can drill into, and the values a hover
 * used to be the only way to read, is a tab stop in reading order, named with the words it shows;
 * no stop holds another; a status card has none; an exported file has none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render, renderStatus, renderTree } from '../../render/index';
import { asPicture } from '../../render/parts';
import { toSvgString } from '../../render/svg';
import { allElements, forbiddenMarkup, parseXml, textContent, type XmlElement } from '../helpers/xml';

const TREND = {
  points: [2, 3, 2, 2, 1, 3, 1, 20].map((value, i) => ({ value, label: `Oct ${6 + 7 * (i % 4)}` })),
  series: 'created' as const,
  interval: 'week' as const,
};

/** The tab stops in document order (the tab order: all are tabindex 0): drill id, role, name. */
function stops(svg: string): { drill?: string; role: string; name: string }[] {
  return allElements(parseXml(svg))
    .filter((e) => e.attrs.tabindex !== undefined)
    .map((e) => {
      const title = e.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'title');
      return { drill: e.attrs['data-drill'], role: e.attrs.role, name: e.attrs['aria-label'] ?? (title ? textContent(title) : '') };
    });
}

/** Stops inside other stops (nested interactive content). */
function nested(svg: string): string[] {
  const out: string[] = [];
  const walk = (e: XmlElement, inStop: boolean) => {
    const stop = e.attrs.tabindex !== undefined;
    if (stop && inStop) out.push(e.attrs['data-drill'] ?? e.name);
    for (const c of e.children) if (typeof c !== 'string') walk(c, inStop || stop);
  };
  walk(parseXml(svg), false);
  return out;
}

test('counter: the value, the comparison and each trend point are tab stops in reading order, named with their values', () => {
  const svg = render(
    { kind: 'counter', title: 'Open bugs', label: 'open bugs', higherIsBetter: false },
    { value: 81, compare: 70, compareLabel: 'vs last week', trend: TREND },
  );
  const root = parseXml(svg);
  assert.equal(root.attrs.role, 'group', 'a group of parts, not one image');
  assert.match(root.attrs['aria-label'], /^Open bugs: 81 open bugs, up 11/);
  assert.deepEqual(stops(svg).slice(0, 3), [
    { drill: 'value', role: 'link', name: '81 open bugs' },
    { drill: 'compare', role: 'link', name: 'up 11 (15.7%) vs last week' },
    { drill: 'trend-0', role: 'link', name: 'Oct 6: 2, created per week' },
  ]);
  assert.equal(stops(svg).length, 2 + 8);
  assert.equal(stops(svg)[9].name, 'Oct 27: 20, created per week');
  assert.deepEqual(nested(svg), []);
  assert.deepEqual(forbiddenMarkup(svg), []);
});

test('gauge: the value (with its scale and target) and the trend points', () => {
  const svg = render({ kind: 'gauge', title: 'Points', label: 'points done' }, { value: 286, min: 0, max: 400, target: 300, trend: TREND });
  const s = stops(svg);
  assert.deepEqual(s[0], { drill: 'value', role: 'link', name: '286 points done on a scale of 0 to 400, target 300' });
  assert.deepEqual(
    s.slice(1).map((x) => x.drill),
    TREND.points.map((_, i) => `trend-${i}`),
  );
  assert.deepEqual(nested(svg), []);
});

test('progress: the value, the expected row, then each segment by its legend item; the bar itself is no stop', () => {
  const svg = render(
    { kind: 'progress', title: 'Sprint 42', showSegments: true },
    { value: 21, total: 50, segments: { todo: 12, inProgress: 17, done: 21 }, expected: { fraction: 0.45, day: 41, days: 91 } },
  );
  const s = stops(svg);
  assert.deepEqual(
    s.map((x) => [x.drill, x.role]),
    [
      ['value', 'link'],
      [undefined, 'img'],
      ['segment-todo', 'link'],
      ['segment-inProgress', 'link'],
      ['segment-done', 'link'],
    ],
  );
  assert.equal(s[0].name, '21 of 50 done, 42%');
  assert.match(s[1].name, /^behind by 3 points \(45% of time elapsed · Day 41 of 91\)$/);
  assert.deepEqual(
    s.slice(2).map((x) => x.name),
    ['To Do 12', 'In Progress 17', 'Done 21'],
  );
  // The stacked bar's segments still open their own issues on a click, without being stops.
  const bars = allElements(parseXml(svg)).filter((e) => e.name === 'rect' && e.attrs['data-drill']?.startsWith('segment-'));
  assert.equal(bars.length, 3);
  assert.ok(bars.every((b) => b.attrs.tabindex === undefined));
  assert.deepEqual(nested(svg), []);
});

test('a status card is one image with no stops; an exported picture has none either', () => {
  const card = renderStatus({ state: 'error', message: 'Jira could not run this query' });
  assert.equal(parseXml(card).attrs.role, 'img');
  assert.deepEqual(stops(card), []);
  const tree = renderTree({ kind: 'counter', title: 'Open bugs' }, { value: 81, compare: 70, trend: TREND });
  const picture = toSvgString(asPicture(tree));
  assert.equal(parseXml(picture).attrs.role, 'img');
  assert.deepEqual(stops(picture), []);
  assert.doesNotMatch(picture, /tabindex|role="link"/);
  assert.match(picture, /data-drill="trend-0"/, 'only the stops go, nothing drawn');
});
