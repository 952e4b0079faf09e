/**
 * Generates the gadget thumbnails in static/icons/ (manifest `thumbnail: resource:icons;<kind>.svg`)
 * with our own renderer, so the picker shows exactly what the gadget draws. Run: `npx tsx tools/gen-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTree, type Reading, type RenderSpec } from '../render/index';
import { asPicture } from '../render/parts';
import { toSvgString } from '../render/svg';

const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'static/icons');

const THRESHOLDS: RenderSpec['thresholds'] = {
  base: 'red',
  steps: [
    { from: 50, color: 'amber' },
    { from: 80, color: 'green' },
  ],
};

/** One sample per gadget kind. */
export const ICONS: { file: string; spec: RenderSpec; reading: Reading }[] = [
  {
    file: 'gauge.svg',
    spec: { kind: 'gauge', title: 'Sprint done', format: { style: 'percent' }, thresholds: THRESHOLDS },
    reading: { value: 72, min: 0, max: 100, target: 90 },
  },
  {
    file: 'counter.svg',
    spec: { kind: 'counter', title: 'Open bugs', label: 'open bugs', higherIsBetter: false },
    reading: { value: 42, compare: 48, compareLabel: 'vs last week' },
  },
  {
    file: 'progress.svg',
    spec: { kind: 'progress', title: 'Release 2.0', showSegments: true },
    reading: { value: 18, total: 30, segments: { todo: 7, inProgress: 5, done: 18 } },
  },
];

/** File name → SVG text of every thumbnail, as the renderer draws it now: a picture, without the gadget's keyboard stops. */
export function iconFiles(): Map<string, string> {
  const draw = (spec: RenderSpec, reading: Reading) =>
    toSvgString(asPicture(renderTree(spec, reading, { colorMode: 'light', width: 320, locale: 'en-US' })));
  return new Map(ICONS.map(({ file, spec, reading }) => [file, `${draw(spec, reading)}\n`]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  for (const [file, svg] of iconFiles()) {
    writeFileSync(join(OUT, file), svg);
    console.log(`static/icons/${file} ${svg.length} bytes`);
  }
}
