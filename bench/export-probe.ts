/**
 * Bundled by bench/export.bench.ts (esbuild, CommonJS, minified, the fonts inlined as in the Forge
 * build) and run in a fresh node process: how long the first and later portable exports take,
 * against the plain render. Prints one JSON line.
 */
import { render, renderTree } from '../render/index';
import { loadExportFonts } from '../functions/export/fonts';
import type { RenderSpec, Reading } from '../render/types';

const spec: RenderSpec = { kind: 'gauge', title: 'Sprint done', label: 'story points', format: { unit: 'pts' } };
const reading = (value: number): Reading => ({ value, min: 0, max: 100, target: 80 });

async function main(): Promise<void> {
  let t = performance.now();
  const { toPortable } = await import('../render/export');
  const importMs = performance.now() - t;
  t = performance.now();
  const fonts = await loadExportFonts();
  const fontsMs = performance.now() - t;
  t = performance.now();
  await toPortable(renderTree(spec, reading(42)), fonts);
  const firstMs = performance.now() - t;
  const next: number[] = [];
  for (let v = 43; v < 63; v++) {
    t = performance.now();
    await toPortable(renderTree(spec, reading(v)), fonts);
    next.push(performance.now() - t);
  }
  t = performance.now();
  for (let i = 0; i < 1000; i++) render(spec, reading(i % 100));
  const renderMs = (performance.now() - t) / 1000;
  next.sort((a, b) => a - b);
  console.log(JSON.stringify({ importMs, fontsMs, firstMs, nextMedianMs: next[next.length >> 1], renderMs }));
}

void main();
