/**
 * The Forge build of the export: satori and the fonts live in dist/glance-export.js, outside the main
 * bundle, and are required only by the first export — checked on a fresh build in a temp folder,
 * under a stand-in for Forge's product fetch.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFunctions } from '../../dev/build-functions';
import { EXPORT_CHUNK } from '../../dev/export-fonts-plugin';
import { allElements, parseXml } from '../helpers/xml';

const g = globalThis as Record<string, unknown>;
let dir: string;
let handler: (event: unknown, runtime: unknown) => Promise<any>;
const require = createRequire(import.meta.url);

const event = (functionKey: string) => ({
  call: { functionKey, payload: { width: 320 } },
  context: {
    moduleKey: 'glance-counter',
    extension: { type: 'jira:dashboardGadget', gadgetConfiguration: { version: 1, kind: 'counter', title: 'Open bugs', source: { type: 'project', projectKey: 'ABC' }, metric: { type: 'count' } } },
  },
});
const runtime = { principal: { accountId: 'acc-1' } };
const chunkLoaded = (): boolean => Object.keys(require.cache).some((f) => f.endsWith(EXPORT_CHUNK));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'glance-export-build-'));
  await buildFunctions(dir);
  g.__forge_fetch__ = async () => new Response(JSON.stringify({ count: 42 }), { status: 200, headers: { 'content-type': 'application/json' } });
  ({ handler } = require(join(dir, 'index.js')));
});
after(() => {
  delete g.__forge_fetch__;
  rmSync(dir, { recursive: true, force: true });
});

test('the main bundle holds neither satori nor the fonts; the export file does', () => {
  const main = readFileSync(join(dir, 'index.js'), 'utf8');
  const chunk = readFileSync(join(dir, EXPORT_CHUNK), 'utf8');
  assert.doesNotMatch(main, /satori|inter-latin-400-normal\.woff/);
  assert.match(chunk, /inter-latin-400-normal\.woff/);
  assert.ok(main.length < chunk.length / 2, `main ${main.length} B, export ${chunk.length} B`);
});

test('render does not load the export file; the first export does, and works', async () => {
  const rendered = await handler(event('render'), runtime);
  assert.equal(rendered.ok, true, JSON.stringify(rendered).slice(0, 200));
  assert.equal(chunkLoaded(), false, 'render leaves glance-export.js alone');
  const exported = await handler(event('export'), runtime);
  assert.equal(exported.ok, true, JSON.stringify(exported).slice(0, 200));
  assert.equal(chunkLoaded(), true);
  assert.equal(exported.filename, 'Open bugs.svg');
  const root = parseXml(exported.svg);
  assert.ok(!allElements(root).some((e) => e.name === 'text'));
  assert.equal(root.attrs['aria-label'], parseXml(rendered.svg).attrs['aria-label']);
});

test('the export file is required relative to the bundle, so dist/ works wherever it is unpacked', () => {
  assert.ok(existsSync(join(dir, EXPORT_CHUNK)));
  assert.match(readFileSync(join(dir, 'index.js'), 'utf8'), /require\("\.\/glance-export\.js"\)/);
});
