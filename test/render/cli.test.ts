import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli, parseThresholds, toInput, UsageError } from '../../tools/render-cli';
import { runRenderCli } from '../helpers/render-cli';
import { forbiddenMarkup, parseXml } from '../helpers/xml';

const CLI = fileURLToPath(new URL('../../tools/render-cli.ts', import.meta.url));

/** The CLI spawned as users run it (`node --import tsx tools/render-cli.ts`): the one smoke test. */
function spawnCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

test('CLI prints a valid, clean SVG for a gauge (spawned)', async () => {
  const r = await spawnCli(['--kind', 'gauge', '--value', '42', '--min', '0', '--max', '100', '--title', 'Sprint done', '--theme', 'dark']);
  assert.equal(r.code, 0, r.stderr);
  const root = parseXml(r.stdout.trim());
  assert.equal(root.name, 'svg');
  assert.match(root.attrs['aria-label'], /^Sprint done: 42 on a scale of 0 to 100/);
  assert.deepEqual(forbiddenMarkup(r.stdout.trim()), []);
});

test('CLI exits 2 with the usage on stderr for bad flags', async () => {
  const bad = [
    ['--kind', 'gauge', '--value', '1', '--bogus'],
    ['--value', '1'],
    ['--kind', 'pie', '--value', '1'],
    ['--kind', 'gauge', '--value', 'abc'],
    ['--kind', 'gauge', '--value', '1', '--theme', 'blue'],
    ['--kind', 'gauge', '--value', '1', 'stray'],
    ['--kind', 'counter', '--value', '-5'],
  ];
  const results = [];
  for (const args of bad) results.push(await runRenderCli(args));
  results.forEach((r, i) => {
    assert.equal(r.code, 2, bad[i].join(' '));
    assert.match(r.stderr, /Usage: npm run render/, bad[i].join(' '));
    assert.equal(r.stdout, '', bad[i].join(' '));
  });
});

test('CLI writes a PNG with --png', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'glance-cli-'));
  try {
    const file = join(dir, 'out.png');
    const r = await runRenderCli([
      '--kind',
      'progress',
      '--value',
      '21',
      '--total',
      '50',
      '--segments',
      '12,17,21',
      '--png',
      file,
      '--scale',
      '1',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const png = readFileSync(file);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), 320); // IHDR width = viewBox width at scale 1
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('toInput maps flags to spec, reading and options', () => {
  const input = toInput(
    parseCli([
      '--kind',
      'counter',
      '--value=-5',
      '--compare',
      '3',
      '--lower-is-better',
      '--format',
      'compact',
      '--decimals',
      '1',
      '--unit',
      'pts',
      '--width',
      '480',
      '--locale',
      'de-DE',
      '--thresholds',
      'green,10:amber,20:red:critical',
    ]),
  );
  assert.equal(input.spec.kind, 'counter');
  assert.equal(input.spec.higherIsBetter, false);
  assert.deepEqual(input.spec.format, {
    style: 'compact',
    currency: undefined,
    decimals: 1,
    unit: 'pts',
    prefix: undefined,
    suffix: undefined,
  });
  assert.deepEqual(input.spec.thresholds, {
    base: 'green',
    steps: [
      { from: 10, color: 'amber', label: undefined },
      { from: 20, color: 'red', label: 'critical' },
    ],
    mode: undefined,
  });
  assert.equal(input.reading.value, -5);
  assert.equal(input.reading.compare, 3);
  assert.deepEqual(input.options, { colorMode: undefined, width: 480, locale: 'de-DE' });
  assert.equal(toInput(parseCli(['--kind', 'gauge', '--value', 'null'])).reading.value, null);
});

test('toInput maps the display options of issue 11', () => {
  const input = toInput(
    parseCli([
      '--kind',
      'counter',
      '--value',
      '0',
      '--trend',
      'Oct 6=12,Oct 13=null,20',
      '--trend-label',
      '3 weeks',
      '--mapping',
      '0=All clear',
      '--mapping',
      '1=One = left',
      '--no-value-text',
      'Nothing yet',
      '--palette',
      'colorblind',
      '--compare',
      '2',
      '--compare-mode',
      'percent',
      '--compare-decimals',
      '0',
      '--format',
      'currency',
      '--currency',
      'EUR',
      '--suffix',
      '/wk',
      '--thresholds',
      'green,50:red',
      '--threshold-mode',
      'percent',
    ]),
  );
  assert.deepEqual(input.reading.trend, {
    label: '3 weeks',
    points: [
      { label: 'Oct 6', value: 12 },
      { label: 'Oct 13', value: null },
      { label: '', value: 20 },
    ],
  });
  assert.deepEqual(input.spec.mappings, [
    { value: 0, text: 'All clear' },
    { value: 1, text: 'One = left' },
  ]);
  assert.equal(input.spec.noValueText, 'Nothing yet');
  assert.equal(input.spec.palette, 'colorblind');
  assert.deepEqual(input.spec.compare, { mode: 'percent', decimals: 0 });
  assert.equal(input.spec.format?.style, 'currency');
  assert.equal(input.spec.format?.currency, 'EUR');
  assert.equal(input.spec.format?.suffix, '/wk');
  assert.equal(input.spec.thresholds?.mode, 'percent');
  const progress = toInput(
    parseCli(['--kind', 'progress', '--value', '21', '--total', '50', '--expected', '0.6', '--expected-label', 'of the sprint']),
  );
  assert.deepEqual(progress.reading.expected, { fraction: 0.6, label: 'of the sprint' });
  assert.equal(toInput(parseCli(['--kind', 'counter', '--value', '1', '--format', 'days'])).spec.format?.style, 'days');
});

test('toInput rejects bad values with a UsageError', () => {
  const bad = [
    ['--kind', 'gauge'],
    ['--kind', 'gauge', '--value', '1', '--decimals', '5'],
    ['--kind', 'gauge', '--value', '1', '--format', 'roman'],
    ['--kind', 'progress', '--value', '1', '--segments', '1,2'],
    ['--kind', 'gauge', '--value', 'Infinity'],
    ['--kind', 'counter', '--value', '1', '--format', 'currency'],
    ['--kind', 'counter', '--value', '1', '--trend', '1,x,3'],
    ['--kind', 'counter', '--value', '1', '--mapping', 'All clear'],
    ['--kind', 'counter', '--value', '1', '--palette', 'neon'],
    ['--kind', 'counter', '--value', '1', '--compare-mode', 'ratio'],
    ['--kind', 'counter', '--value', '1', '--compare-decimals', '4'],
    ['--kind', 'progress', '--value', '1', '--expected', '1.5'],
    ['--kind', 'gauge', '--value', '1', '--thresholds', 'red', '--threshold-mode', 'relative'],
  ];
  for (const args of bad) assert.throws(() => toInput(parseCli(args)), UsageError, args.join(' '));
  assert.throws(() => parseThresholds('red,50'), UsageError);
});
