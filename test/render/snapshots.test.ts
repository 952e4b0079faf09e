import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render, renderStatus } from '../../render/index';
import { matchSnapshot } from '../helpers/snapshot';
import { forbiddenMarkup, parseXml } from '../helpers/xml';
import { textOutsideCanvas } from './fit';
import { ALL_CASES, STATUS_CASES } from './cases';

const MODES = ['light', 'dark'] as const;

/** Checks shared by every golden render: clean, well-formed, accessible root, small. */
function checkOutput(svg: string, name: string, role: 'group' | 'img'): void {
  assert.deepEqual(forbiddenMarkup(svg), [], name);
  const root = parseXml(svg);
  // A gadget has keyboard stops inside (render/parts.ts), so it is a named group; a card is an image.
  assert.equal(root.attrs.role, role, name);
  assert.equal(root.attrs.width, '100%', name);
  assert.match(root.attrs.viewBox, /^0 0 \d+ \d+$/, name);
  assert.ok(root.attrs['aria-label'].length > 0, name);
  const first = root.children[0];
  assert.ok(typeof first !== 'string' && first.name === 'title', `${name}: <title> comes first`);
}

for (const mode of MODES) {
  for (const c of ALL_CASES) {
    test(`golden ${c.name} (${mode})`, () => {
      const svg = render(c.spec, c.reading, { ...c.options, colorMode: mode });
      checkOutput(svg, c.name, /<g data-drill="value"/.test(svg) ? 'group' : 'img');
      matchSnapshot(`render/${c.name}-${mode}`, svg);
    });
  }
  for (const c of STATUS_CASES) {
    test(`golden status-${c.name} (${mode})`, () => {
      const svg = renderStatus(c.status, { ...c.options, colorMode: mode });
      checkOutput(svg, c.name, 'img');
      matchSnapshot(`render/status-${c.name}-${mode}`, svg);
    });
  }
}

test('a typical gadget is at most 2 KB', () => {
  const typical = ['gauge-mid', 'counter-up-good', 'progress-segments', 'gauge-percent', 'counter-target'];
  for (const name of typical) {
    const c = ALL_CASES.find((x) => x.name === name);
    assert.ok(c, name);
    const bytes = Buffer.byteLength(render(c.spec, c.reading, c.options));
    assert.ok(bytes <= 2048, `${name}: ${bytes} bytes`);
  }
});

test('no text overflows the canvas (by the same width estimate the layout uses)', () => {
  for (const mode of MODES) {
    const outputs = [
      ...ALL_CASES.map((c) => [c.name, render(c.spec, c.reading, { ...c.options, colorMode: mode })]),
      ...STATUS_CASES.map((c) => [c.name, renderStatus(c.status, { ...c.options, colorMode: mode })]),
    ];
    for (const [name, svg] of outputs) assert.deepEqual(textOutsideCanvas(svg), [], `${name} (${mode})`);
  }
});
