/**
 * Render benchmark: median µs per render and output bytes for each Glance gadget, next to
 * (a) satori rendering an equivalent gauge (element tree + Inter WOFF from @fontsource/inter) and
 * (b) ECharts 6 server-side SVG rendering of its gauge series — same process, same run.
 * `npm run bench:render` prints a markdown table; `-- --dump` also writes every output to bench/.tmp/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import * as echarts from 'echarts';
import satori from 'satori';
import { render } from '../render/index';
import type { Reading, RenderSpec } from '../render/types';

const require = createRequire(import.meta.url);
const WIDTH = 320;
const GAUGE_HEIGHT = 234; // Glance's gauge at 320 px with a title

interface Result {
  name: string;
  medianUs: number;
  p95Us: number;
  bytes: number;
  gzBytes: number;
  iterations: number;
  output: string;
}

function stats(name: string, samples: number[], output: string): Result {
  const sorted = samples.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    name,
    medianUs: at(0.5),
    p95Us: at(0.95),
    bytes: Buffer.byteLength(output),
    gzBytes: gzipSync(output, { level: 9 }).length,
    iterations: samples.length,
    output,
  };
}

/** One renderer under test: how to call it and how many calls per round. */
interface Contender {
  name: string;
  run: () => string | Promise<string>;
  perRound: number;
  samples: number[];
  output: string;
}

/**
 * Rounds of interleaved batches (every contender runs a batch in each round), so a change in
 * machine load during the run hits all contenders alike; the first round is warm-up only.
 */
async function measureAll(contenders: Contender[], rounds: number): Promise<Result[]> {
  for (let round = 0; round <= rounds; round++) {
    for (const c of contenders) {
      for (let i = 0; i < c.perRound; i++) {
        const t0 = process.hrtime.bigint();
        c.output = await c.run();
        if (round > 0) c.samples.push(Number(process.hrtime.bigint() - t0) / 1000);
      }
    }
  }
  return contenders.map((c) => stats(c.name, c.samples, c.output));
}

// The same gauge everywhere: "Sprint done", 62 of 0..100, thresholds red < 50 ≤ amber < 80 ≤ green, target 80.
const gaugeSpec: RenderSpec = {
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
const gaugeReading: Reading = { value: 62, min: 0, max: 100, target: 80 };

const glanceCases: [string, RenderSpec, Reading][] = [
  ['Glance gauge', gaugeSpec, gaugeReading],
  [
    'Glance counter',
    { kind: 'counter', title: 'Open bugs', label: 'in project GLANCE', higherIsBetter: false },
    { value: 1234, compare: 1100, compareLabel: 'vs last week' },
  ],
  [
    'Glance progress',
    { kind: 'progress', title: 'Sprint 42', showSegments: true },
    { value: 21, total: 50, segments: { todo: 12, inProgress: 17, done: 21 } },
  ],
];

/** Satori: the same gauge as a flexbox tree with an inline SVG for the arcs; text becomes paths. */
function satoriGauge(fonts: { name: string; data: ArrayBuffer; weight: 400 | 600; style: 'normal' }[]): () => Promise<string> {
  const arc = (r: number, f0: number, f1: number) => {
    const p = (f: number) =>
      [160 + r * Math.cos(Math.PI * (1 - f)), 170 - r * Math.sin(Math.PI * (1 - f))].map((n) => n.toFixed(2)).join(' ');
    return `M${p(f0)}A${r} ${r} 0 0 1 ${p(f1)}`;
  };
  const tick = (f: number) => {
    const p = (r: number) =>
      [160 + r * Math.cos(Math.PI * (1 - f)), 170 - r * Math.sin(Math.PI * (1 - f))].map((n) => n.toFixed(2)).join(' ');
    return `M${p(109)}L${p(145)}`;
  };
  const path = (d: string, stroke: string, width: number, cap = 'butt') => ({
    type: 'path',
    props: { d, stroke, 'stroke-width': width, 'stroke-linecap': cap, fill: 'none' },
  });
  const tree = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        flexDirection: 'column',
        width: WIDTH,
        height: GAUGE_HEIGHT,
        background: '#FFFFFF',
        fontFamily: 'Inter',
        padding: 16,
        position: 'relative',
      },
      children: [
        { type: 'div', props: { style: { fontSize: 14, fontWeight: 600, color: '#172B4D' }, children: 'Sprint done' } },
        {
          type: 'svg',
          props: {
            width: 320,
            height: 190,
            viewBox: '0 0 320 190',
            style: { position: 'absolute', left: 0, top: 39 },
            children: [
              path(arc(142, 0, 0.5), '#C9372C', 4),
              path(arc(142, 0.5, 0.8), '#E2B203', 4),
              path(arc(142, 0.8, 1), '#22A06B', 4),
              path(arc(122, 0, 1), '#DCDFE4', 20, 'round'),
              path(arc(122, 0, 0.62), '#E2B203', 20, 'round'),
              path(tick(0.8), '#172B4D', 2, 'round'),
            ],
          },
        },
        {
          type: 'div',
          props: {
            style: {
              position: 'absolute',
              left: 0,
              top: 130,
              width: WIDTH,
              display: 'flex',
              justifyContent: 'center',
              fontSize: 48,
              fontWeight: 600,
              color: '#172B4D',
            },
            children: '62',
          },
        },
        { type: 'div', props: { style: { position: 'absolute', left: 16, top: 205, fontSize: 11, color: '#626F86' }, children: '0' } },
        {
          type: 'div',
          props: {
            style: {
              position: 'absolute',
              left: 0,
              top: 205,
              width: WIDTH - 16,
              display: 'flex',
              justifyContent: 'flex-end',
              fontSize: 11,
              color: '#626F86',
            },
            children: '100',
          },
        },
        {
          type: 'div',
          props: {
            style: {
              position: 'absolute',
              left: 0,
              top: 203,
              width: WIDTH,
              display: 'flex',
              justifyContent: 'center',
              fontSize: 12,
              color: '#626F86',
            },
            children: 'issues done',
          },
        },
      ],
    },
  };
  // satori's types want React elements; the plain object tree is what JSX compiles to.
  return () => satori(tree, { width: WIDTH, height: GAUGE_HEIGHT, fonts });
}

/**
 * ECharts 6 SSR: the same gauge: value arc with round caps on a track, a thin threshold ring
 * (a second series' axis line), a target mark (a third series' short pointer), min/max labels,
 * the big value and the label.
 */
function echartsGauge(): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: GAUGE_HEIGHT });
  const common = {
    type: 'gauge',
    startAngle: 180,
    endAngle: 0,
    min: 0,
    max: 100,
    center: ['50%', '80%'],
    axisTick: { show: false },
    splitLine: { show: false },
  };
  chart.setOption({
    animation: false,
    title: { text: 'Sprint done', left: 16, top: 12, textStyle: { fontSize: 14, fontWeight: 600, color: '#172B4D' } },
    series: [
      {
        ...common,
        radius: '100%',
        axisLine: {
          lineStyle: {
            width: 4,
            color: [
              [0.5, '#C9372C'],
              [0.8, '#E2B203'],
              [1, '#22A06B'],
            ],
          },
        },
        axisLabel: { show: false },
        pointer: { show: false },
        detail: { show: false },
        data: [{ value: 62 }],
      },
      {
        ...common,
        radius: '93%',
        splitNumber: 1,
        progress: { show: true, width: 20, roundCap: true, itemStyle: { color: '#E2B203' } },
        axisLine: { roundCap: true, lineStyle: { width: 20, color: [[1, '#DCDFE4']] } },
        axisLabel: { show: true, distance: -30, fontSize: 11, color: '#626F86' },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: true, offsetCenter: [0, '12%'], fontSize: 12, color: '#626F86' },
        detail: { valueAnimation: false, offsetCenter: [0, '-15%'], fontSize: 48, fontWeight: 600, color: '#172B4D' },
        data: [{ value: 62, name: 'issues done' }],
      },
      {
        ...common,
        radius: '100%',
        axisLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: true, length: '22%', width: 2, offsetCenter: [0, '-80%'], itemStyle: { color: '#172B4D' } },
        detail: { show: false },
        data: [{ value: 80 }],
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

function row(r: Result, baseline: Result): string {
  const ratio = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)}×`;
  const speed = ratio(r.medianUs / baseline.medianUs);
  const size = ratio(r.bytes / baseline.bytes);
  return `| ${r.name} | ${r.medianUs.toFixed(1)} | ${r.p95Us.toFixed(1)} | ${r.bytes} | ${r.gzBytes} | ${r.iterations} | ${speed} | ${size} |`;
}

async function main(): Promise<void> {
  const fontDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');
  const font = (w: 400 | 600) => {
    const b = readFileSync(join(fontDir, `inter-latin-${w}-normal.woff`));
    return {
      name: 'Inter',
      data: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
      weight: w,
      style: 'normal' as const,
    };
  };
  const contender = (name: string, run: () => string | Promise<string>, perRound: number): Contender => ({
    name,
    run,
    perRound,
    samples: [],
    output: '',
  });
  const results = await measureAll(
    [
      ...glanceCases.map(([name, spec, reading]) => contender(name, () => render(spec, reading, { width: WIDTH }), 2000)),
      contender('satori gauge', satoriGauge([font(400), font(600)]), 30),
      contender('ECharts 6 SSR gauge', echartsGauge, 50),
    ],
    10,
  );
  const baseline = results[0];
  console.log(
    `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| renderer | median µs | p95 µs | bytes | gzip bytes | iterations | time ÷ Glance gauge | bytes ÷ Glance gauge |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) console.log(row(r, baseline));
  if (process.argv.includes('--dump')) {
    // For looking at what was compared: bench/.tmp/<renderer>.svg and .png (git-ignored).
    const { svgToPng } = await import('../tools/render-png');
    const dir = join(dirname(fileURLToPath(import.meta.url)), '.tmp');
    mkdirSync(dir, { recursive: true });
    for (const r of results) {
      const base = join(dir, r.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
      writeFileSync(`${base}.svg`, r.output);
      writeFileSync(`${base}.png`, svgToPng(r.output, 1));
    }
    console.log(`\nOutputs written to ${dir}`);
  }
}

await main();
