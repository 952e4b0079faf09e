/**
 * Before/after render benchmark: this tree's render/ against another revision's, interleaved in one
 * process (rounds of batches, the first round warm-up), so machine load hits both alike.
 *
 *   git archive <rev> render i18n 2>/dev/null | tar -x -C /tmp/glance-base   # i18n/ only if <rev> has it
 *   npx tsx bench/render-ab.ts /tmp/glance-base
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import { render as after } from '../render/index';
import type { Reading, RenderOptions, RenderSpec } from '../render/types';

type Render = typeof after;

const gauge: RenderSpec = {
  kind: 'gauge',
  title: 'Sprint done',
  label: 'issues done',
  thresholds: {
    base: 'red',
    steps: [
      { from: 50, color: 'amber' },
      { from: 80, color: 'green' },
    ],
  },
};
const CASES: [string, RenderSpec, Reading, RenderOptions][] = [
  ['gauge', gauge, { value: 62, min: 0, max: 100, target: 80 }, { width: 320 }],
  [
    'counter',
    { kind: 'counter', title: 'Open bugs', label: 'in project GLANCE', higherIsBetter: false },
    { value: 1234, compare: 1100, compareLabel: 'vs last week' },
    { width: 320 },
  ],
  [
    'progress',
    { kind: 'progress', title: 'Sprint 42', showSegments: true },
    { value: 21, total: 50, segments: { todo: 12, inProgress: 17, done: 21 }, expected: { fraction: 0.5, day: 5, days: 10 } },
    { width: 320 },
  ],
  ['gauge, de-DE', gauge, { value: 62, min: 0, max: 100, target: 80 }, { width: 320, locale: 'de-DE' }],
  [
    'progress, ja-JP',
    { kind: 'progress', title: 'Sprint 42', showSegments: true },
    { value: 21, total: 50, segments: { todo: 12, inProgress: 17, done: 21 }, expected: { fraction: 0.5, day: 5, days: 10 } },
    { width: 320, locale: 'ja-JP' },
  ],
];
const ROUNDS = 10;
const PER_ROUND = 2000;

async function main(): Promise<void> {
  const base = process.argv[2];
  if (!base) throw new Error('usage: npx tsx bench/render-ab.ts <folder holding the other render/>');
  const before = ((await import(pathToFileURL(resolve(base, 'render/index.ts')).href)) as { render: Render }).render;
  const samples = new Map<string, number[]>();
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, spec, reading, options] of CASES) {
      for (const [side, fn] of [
        ['before', before],
        ['after', after],
      ] as const) {
        const list = samples.get(`${name}|${side}`) ?? [];
        samples.set(`${name}|${side}`, list);
        for (let i = 0; i < PER_ROUND; i++) {
          const t0 = process.hrtime.bigint();
          fn(spec, reading, options);
          if (round > 0) list.push(Number(process.hrtime.bigint() - t0) / 1000);
        }
      }
    }
  }
  const median = (a: number[]) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(
    `Node ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${ROUNDS} rounds × ${PER_ROUND} renders per side\n`,
  );
  console.log('| render (320 px) | before: median µs | after: median µs | after ÷ before |');
  console.log('|---|---|---|---|');
  for (const [name] of CASES) {
    const b = median(samples.get(`${name}|before`) as number[]);
    const a = median(samples.get(`${name}|after`) as number[]);
    console.log(`| ${name} | ${b.toFixed(1)} | ${a.toFixed(1)} | ${(a / b).toFixed(2)} |`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
