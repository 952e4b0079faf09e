/**
 * The render CLI's export flags, run as users run them: `main(argv)` in this process with its own
 * working folder and environment (test/helpers/render-cli.ts; test/render/cli.test.ts spawns it once).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRenderCli, type CliRun } from '../helpers/render-cli';
import { allElements, parseXml } from '../helpers/xml';
import { decodePng } from './png';

let dir: string;

/** The CLI in the test's temp folder, with no real Jira site in its environment (plus `env`). */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runRenderCli(args, { cwd: dir, env: { ...process.env, JIRA_BASE_URL: '', JIRA_EMAIL: '', JIRA_API_TOKEN: '', ...env } });
}

const hasText = (svg: string): boolean => allElements(parseXml(svg)).some((e) => e.name === 'text');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'glance-cli-export-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--portable prints outlines instead of text', async () => {
  const plain = await run(['--kind', 'gauge', '--value', '42', '--title', 'Sprint done']);
  const portable = await run(['--kind', 'gauge', '--value', '42', '--title', 'Sprint done', '--portable']);
  assert.equal(portable.code, 0, portable.stderr);
  assert.ok(hasText(plain.stdout.trim()));
  assert.ok(!hasText(portable.stdout.trim()));
  assert.equal(parseXml(portable.stdout.trim()).attrs['aria-label'], parseXml(plain.stdout.trim()).attrs['aria-label']);
});

test('--portable --png --scale 2 writes a PNG at twice the viewBox, and --out the SVG next to it', async () => {
  const r = await run([
    '--kind',
    'counter',
    '--value',
    '1234',
    '--title',
    'Open bugs',
    '--portable',
    '--png',
    'out.png',
    '--scale',
    '2',
    '--out',
    'out.svg',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '', 'nothing on stdout when both files are written');
  const svg = readFileSync(join(dir, 'out.svg'), 'utf8').trim();
  assert.ok(!hasText(svg));
  const viewBox = parseXml(svg).attrs.viewBox.split(' ').map(Number);
  const png = decodePng(new Uint8Array(readFileSync(join(dir, 'out.png'))));
  assert.equal(png.width, viewBox[2] * 2);
  assert.equal(png.height, viewBox[3] * 2);
});

test('--config renders a gadget config with numbers from the demo Jira; --out . names the file after the title', async () => {
  writeFileSync(
    join(dir, 'gadget.json'),
    JSON.stringify({
      version: 1,
      kind: 'counter',
      title: 'Open bugs: GLANCE',
      label: 'open bugs',
      source: { type: 'project', projectKey: 'GLANCE', preset: 'open-bugs' },
      metric: { type: 'count' },
    }),
  );
  const r = await run(['--config', 'gadget.json', '--portable', '--out', '.']);
  assert.equal(r.code, 0, r.stderr);
  const file = join(dir, 'Open bugs- GLANCE.svg');
  assert.ok(existsSync(file), `wrote ${file}`);
  const label = parseXml(readFileSync(file, 'utf8').trim()).attrs['aria-label'];
  assert.match(label, /^Open bugs: GLANCE: \d[\d,]* open bugs/);
});

test('--config: an invalid file is a usage error (exit 2) naming the fields; a Jira error exits 1', async () => {
  writeFileSync(
    join(dir, 'bad.json'),
    JSON.stringify({ version: 1, kind: 'pie', source: { type: 'jql', jql: '' }, metric: { type: 'count' } }),
  );
  const bad = await run(['--config', 'bad.json']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /kind/);
  writeFileSync(
    join(dir, 'nofield.json'),
    JSON.stringify({
      version: 1,
      kind: 'counter',
      source: { type: 'jql', jql: 'project = GLANCE AND bogusfield = 1' },
      metric: { type: 'count' },
    }),
  );
  const jira = await run(['--config', 'nofield.json']);
  assert.equal(jira.code, 1, jira.stderr);
  assert.match(jira.stderr, /demo Jira: INVALID_JQL/);
});

test('JIRA_BASE_URL without a token is refused before anything is sent', async () => {
  writeFileSync(
    join(dir, 'ok.json'),
    JSON.stringify({ version: 1, kind: 'counter', source: { type: 'jql', jql: 'project = GLANCE' }, metric: { type: 'count' } }),
  );
  const r = await run(['--config', 'ok.json'], { JIRA_BASE_URL: 'http://127.0.0.1:9' });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /JIRA_EMAIL and JIRA_API_TOKEN/);
});

test('file names: a title of 100 emoji with --out . fits in 255 bytes; a too-long or unwritable --out is a clear message, no stack trace', async () => {
  const emoji = await run(['--kind', 'counter', '--value', '7', '--title', '😀'.repeat(100), '--out', '.']);
  assert.equal(emoji.code, 0, emoji.stderr);
  const name = `${'😀'.repeat(62)}.svg`;
  assert.ok(existsSync(join(dir, name)), 'named after the title, cut at 255 bytes');
  const long = await run(['--kind', 'counter', '--value', '7', '--out', `${'é'.repeat(130)}.svg`]);
  assert.equal(long.code, 2);
  assert.match(long.stderr, /^render: --out é+\.svg: the file name is 264 bytes long; file systems allow at most 255/);
  const missing = await run(['--kind', 'counter', '--value', '7', '--out', 'no/such/folder/x.svg']);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, 'render: cannot write no/such/folder/x.svg: no such folder\n');
  const png = await run(['--kind', 'counter', '--value', '7', '--png', 'no/such/folder/x.png']);
  assert.equal(png.code, 1);
  assert.match(png.stderr, /^render: cannot write no\/such\/folder\/x\.png: no such folder\n$/);
  for (const r of [long, missing, png]) assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
