/**
 * Renders every case of cases.ts (light and dark) to PNG in test/__output__/render/, plus one
 * contact sheet per gadget kind, for reviewing the snapshots as pictures:
 * `npx tsx test/render/gallery.ts [filter]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderStatusTree, renderTree } from '../../render/index';
import { el, toSvgString, type SvgElement } from '../../render/svg';
import { svgToPng } from '../../tools/render-png';
import { ALL_CASES, STATUS_CASES } from './cases';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '__output__', 'render');
mkdirSync(out, { recursive: true });
const filter = process.argv[2] ?? '';

const trees: [string, SvgElement][] = [];
for (const mode of ['light', 'dark'] as const) {
  for (const c of ALL_CASES) trees.push([`${c.name}-${mode}`, renderTree(c.spec, c.reading, { ...c.options, colorMode: mode })]);
  for (const c of STATUS_CASES) trees.push([`status-${c.name}-${mode}`, renderStatusTree(c.status, { ...c.options, colorMode: mode })]);
}

function size(tree: SvgElement): [number, number] {
  const [, , w, h] = String(tree.attrs.viewBox).split(' ').map(Number);
  return [w, h];
}

/** A grid of 320-wide renders (others skipped), 4 per row, nested as <svg> elements. */
function sheet(items: [string, SvgElement][]): SvgElement {
  const cols = 4;
  const cell = 340;
  const rows: number[] = [];
  items.forEach(([, t], i) => {
    const r = Math.floor(i / cols);
    rows[r] = Math.max(rows[r] ?? 0, size(t)[1] + 34);
  });
  const tops = rows.map((_, r) => rows.slice(0, r).reduce((a, b) => a + b, 0));
  const children = items.map(([name, t], i) => {
    const [w, h] = size(t);
    const x = (i % cols) * cell + 10;
    const y = tops[Math.floor(i / cols)] + 24;
    return el('g', {}, el('text', { x, y: y - 8, 'font-size': 12, fill: '#888', 'font-family': 'monospace' }, name), {
      ...t,
      attrs: { ...t.attrs, x, y, width: w, height: h },
    });
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${cols * cell + 10} ${rows.reduce((a, b) => a + b, 0) + 10}` },
    el('rect', { width: '100%', height: '100%', fill: '#F7F8F9' }),
    children,
  );
}

let count = 0;
for (const [name, tree] of trees) {
  if (!name.includes(filter)) continue;
  writeFileSync(join(out, `${name}.png`), svgToPng(toSvgString(tree), 2));
  count++;
}
for (const kind of ['gauge', 'counter', 'progress', 'status']) {
  for (const mode of ['light', 'dark']) {
    const items = trees.filter(([n, t]) => n.startsWith(`${kind}-`) && n.endsWith(`-${mode}`) && size(t)[0] === 320 && n.includes(filter));
    if (items.length) writeFileSync(join(out, `sheet-${kind}-${mode}.png`), svgToPng(toSvgString(sheet(items)), 1));
  }
}
console.log(`wrote ${count} PNGs and contact sheets to ${out}`);
