/**
 * The function as Forge deploys it is self-contained: the @forge/bundler build (build/built-function.ts)
 * is copied to an empty temporary folder with no node_modules anywhere above it, loaded under the
 * Forge runtime stand-in (`globalThis.__forge_fetch__`, what @forge/api's `asUser().requestJira`
 * calls: node_modules/@forge/api/out/api/fetch.js), and renders and exports every gadget kind there.
 *
 * The portable export's fonts must be inside the bundle: from source they are read from
 * node_modules (functions/export/font-files.ts), which the deployed function does not have.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtFunctionDir, requireHandler } from '../../build/built-function';
import type { ForgeHandler } from '../../support/forge-runtime';
import { BUNDLED_FILES } from '../../functions/export/fonts';
import { fontDir } from '../../functions/export/font-files';
import { allElements, parseXml } from '../helpers/xml';

const g = globalThis as Record<string, unknown>;
const require = createRequire(import.meta.url);
const KINDS = ['gauge', 'counter', 'progress'] as const;
// Latin, Cyrillic, Greek and Vietnamese: the export needs several of the bundled font files.
const TITLE = 'Bugs · Ошибки · Σφάλματα · Lỗi';

let dir: string;
let handler: ForgeHandler;
const jiraPaths: string[] = [];

const config = (kind: (typeof KINDS)[number], title = `${TITLE} (${kind})`) => ({
  version: 1,
  kind,
  title,
  source: { type: 'project', projectKey: 'ABC' },
  metric: kind === 'progress' ? { type: 'ratio' } : { type: 'count' },
  ...(kind === 'gauge' ? { max: 10 } : {}),
});
const event = (functionKey: string, kind: (typeof KINDS)[number], title?: string, locale?: string) => ({
  call: { functionKey, payload: { width: 320, colorMode: 'light', ...(locale ? { locale } : {}) } },
  context: { moduleKey: `glance-${kind}`, extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config(kind, title) } },
});
const runtime = { principal: { accountId: 'acc-1' }, installContext: 'ari:cloud:jira::site/site-1' };
const loadedFromCopy = (): string[] =>
  Object.keys(require.cache)
    .filter((f) => f.startsWith(dir))
    .map((f) => f.slice(dir.length + 1))
    .sort();

function ancestors(path: string): string[] {
  const up = dirname(path);
  return up === path ? [path] : [path, ...ancestors(up)];
}

before(async () => {
  const built = await builtFunctionDir();
  dir = mkdtempSync(join(tmpdir(), 'glance-deployed-'));
  cpSync(built, dir, { recursive: true });
  // Stand-in for Jira behind the runtime: 7 issues, 3 of them done.
  g.__forge_fetch__ = async (_opts: unknown, path: string, init: RequestInit) => {
    jiraPaths.push(path);
    const count = String(init.body ?? '').includes('Done') ? 3 : 7;
    return new Response(JSON.stringify({ count }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  handler = requireHandler(dir);
});
after(() => {
  delete g.__forge_fetch__;
  rmSync(dir, { recursive: true, force: true });
});

describe('the deployed function, alone in an empty folder', () => {
  it('has no node_modules beside or above it', () => {
    assert.deepEqual(
      ancestors(dir).filter((d) => existsSync(join(d, 'node_modules'))),
      [],
    );
    assert.ok(existsSync(join(dir, 'index.cjs')) && existsSync(join(dir, 'package.json')), 'the folder is what forge deploy uploads');
  });

  it('renders every gadget kind without loading the export chunks', async () => {
    for (const kind of KINDS) {
      const rendered = await handler(event('render', kind), runtime);
      assert.equal(rendered.ok, true, `${kind}: ${JSON.stringify(rendered).slice(0, 300)}`);
      assert.equal(rendered.value, kind === 'progress' ? 3 : 7, kind);
      assert.match(rendered.svg, /^<svg /);
      assert.ok(
        allElements(parseXml(rendered.svg)).some((e) => e.name === 'text'),
        `${kind}: live text`,
      );
    }
    assert.deepEqual(loadedFromCopy(), ['index.cjs'], 'render loads index.cjs only');
    assert.ok(jiraPaths.length > 0 && jiraPaths.every((p) => p === '/rest/api/3/search/approximate-count'), jiraPaths.join());
  });

  it('exports every gadget kind with the bundled fonts (text as outlines, no character dropped)', async () => {
    for (const kind of KINDS) {
      const rendered = await handler(event('render', kind), runtime);
      const exported = await handler(event('export', kind), runtime);
      assert.equal(exported.ok, true, `${kind}: ${JSON.stringify(exported).slice(0, 300)}`);
      assert.equal(exported.live, undefined, `${kind}: every character has a glyph`);
      const root = parseXml(exported.svg);
      assert.ok(!allElements(root).some((e) => e.name === 'text'), `${kind}: no live text left`);
      const outlines = allElements(root)
        .filter((e) => e.name === 'path')
        .map((e) => String(e.attrs.d ?? '').length);
      assert.ok(outlines.length >= 2 && Math.max(...outlines) > 1000, `${kind}: title and value drawn as glyph outlines (${outlines})`);
      assert.equal(root.attrs['aria-label'], parseXml(rendered.svg).attrs['aria-label']);
      assert.equal(exported.filename, `${TITLE} (${kind}).svg`);
    }
    const chunks = loadedFromCopy().filter((f) => f !== 'index.cjs');
    assert.ok(chunks.length > 0 && chunks.every((f) => f.endsWith('.cjs')), `export chunks loaded on demand: ${chunks.join()}`);
  });

  it('draws Japanese, Korean, Chinese, symbols and emoji from font chunks loaded for their ranges only', async () => {
    const before = loadedFromCopy().length;
    const exported = await handler(event('export', 'counter', '未解決のバグ ▲ 한국어 简体 😀', 'ja-JP'), runtime);
    assert.equal(exported.ok, true, JSON.stringify(exported).slice(0, 300));
    assert.equal(exported.live, undefined);
    assert.ok(!allElements(parseXml(exported.svg)).some((e) => e.name === 'text'), 'all outlined');
    const loaded = loadedFromCopy().length - before;
    // Both weights of the slices holding these characters (6 Japanese, 2 Korean, 1 Chinese, 1 emoji).
    assert.ok(loaded > 0 && loaded <= 24, `${loaded} font chunks loaded, of ${BUNDLED_FILES.length} files`);
  });

  it('holds every font file the export uses, byte for byte, each in a lazily loaded chunk of its own', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.cjs'));
    const holder = new Map<string, string[]>();
    for (const f of files) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/"([A-Za-z0-9+/=]{200,})"/g)) {
        holder.set(m[1], [...(holder.get(m[1]) ?? []), f]);
      }
    }
    const chunks = new Set<string>();
    for (const { pkg, file } of BUNDLED_FILES) {
      const holders = holder.get(readFileSync(join(fontDir(pkg), file)).toString('base64')) ?? [];
      assert.equal(holders.length, 1, `${file} inlined once`);
      assert.notEqual(holders[0], 'index.cjs', `${file} stays out of the cold start`);
      chunks.add(holders[0]);
    }
    assert.equal(chunks.size, BUNDLED_FILES.length, 'one chunk per font file');
    const sources = (JSON.parse(readFileSync(join(dir, 'index.cjs.map'), 'utf8')) as { sources: string[] }).sources;
    assert.ok(
      sources.some((s) => s.includes('functions/index.ts')),
      'sanity: the map lists index.cjs sources',
    );
    assert.deepEqual(
      sources.filter((s) => /node_modules\/(satori|@fontsource)\//.test(s)),
      [],
      'satori and the fonts are in chunks, not in index.cjs',
    );
  });
});
