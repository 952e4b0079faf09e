/**
 * Scans the built Custom UI bundles: the privacy promises (no storage, no cookies, no third-party URLs)
 * and the size budgets (view ≤ 9 KB, edit ≤ 24 KB gzip -9, bridge included).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BRIDGE_MEMBERS, BROWSER_BUNDLE, VIEWS, forgeFacades } from '../../build/build-static';
import { LANGUAGES } from '../../i18n/languages';
import { built } from './built';

const BUDGET = { view: 9 * 1024, edit: 24 * 1024 };
/**
 * The only modules of functions/ whose code static/ may bundle: small, pure, no imports of their own
 * (shared data and one shared rule). Everything else of functions/ reaches static/ as types only.
 */
const SHARED_VALUES = ['config/vocabulary.ts', 'config/limits.ts', 'export/filename.ts', 'metrics/calendar.ts', 'unicode.ts', 'record.ts'];
/** What those modules may add to a minified bundle, all together. */
const SHARED_BYTES = 4 * 1024;
const FORBIDDEN = ['localStorage', 'sessionStorage', 'document.cookie', 'indexedDB', 'openDatabase', 'sendBeacon'];
/** Hosts an absolute URL in a bundle may point at: Atlassian's own (e.g. the bridge's help link). */
const ALLOWED_HOST = /^(?:[a-z0-9-]+\.)*(?:atlassian\.com|atlassian\.net|atlassian-dev\.net|atl-paas\.net)$/;
// SVG/XML namespaces are identifiers, not fetched URLs.
const NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/1999/xhtml']);

function files(dir: string): { name: string; text: string }[] {
  return readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function gz(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

for (const view of ['view', 'edit'] as const) {
  describe(`built ${view}`, () => {
    test('has index.html, main.js and its stylesheet, and the page loads only those', async () => {
      const dir = (await built())[view];
      const names = readdirSync(dir).sort();
      assert.deepEqual(names, [`${view}.css`, 'index.html', 'main.js'].sort());
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      assert.match(html, /<script src="main\.js" defer><\/script>/);
      assert.match(html, new RegExp(`<link rel="stylesheet" href="${view}\\.css">`));
      assert.doesNotMatch(html, /<script>(?!<)|<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script (CSP)');
      assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or handler (CSP)');
    });

    test('uses no browser storage, cookies or beacons', async () => {
      for (const f of files((await built())[view])) {
        for (const word of FORBIDDEN) assert.ok(!f.text.includes(word), `${f.name} contains ${word}`);
      }
    });

    test('contains no absolute URL other than Atlassian’s own', async () => {
      for (const f of files((await built())[view])) {
        for (const m of f.text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
          const url = m[0];
          if (NAMESPACES.has(url)) continue;
          const host = new URL(url).hostname;
          assert.match(host, ALLOWED_HOST, `${f.name}: ${url}`);
        }
      }
    });

    test(`JavaScript is within ${BUDGET[view] / 1024} KB gzip -9, bridge included`, async () => {
      const js = readFileSync(join((await built())[view], 'main.js'), 'utf8');
      const size = gz(js);
      assert.ok(size <= BUDGET[view], `${view}/main.js is ${size} B gzipped > ${BUDGET[view]} B`);
      // The facade really is in use: the whole bridge would drag in iframe-resizer and i18n catalogues.
      assert.ok(!js.includes('iFrameResizer') && !js.includes('iframeResizer'), 'iframe-resizer is bundled');
    });
  });
}

describe('server code in the built views', () => {
  const ROOT = new URL('../../', import.meta.url).pathname;
  const metafiles = new Map<string, Promise<{ path: string; bytes: number }[]>>();
  const inputs = (name: (typeof VIEWS)[number]) => {
    if (!metafiles.has(name)) metafiles.set(name, metafile(name));
    return metafiles.get(name)!;
  };
  const metafile = async (name: (typeof VIEWS)[number]) => {
    const r = await build({
      ...BROWSER_BUNDLE,
      entryPoints: [`${ROOT}static/${name}/main.ts`],
      plugins: forgeFacades(BRIDGE_MEMBERS[name]),
      write: false,
      outdir: '/tmp/unused',
      metafile: true,
    });
    const [output] = Object.values(r.metafile.outputs);
    return Object.entries(output.inputs).map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }));
  };

  for (const name of VIEWS) {
    test(`${name}: no module of render/ and only SHARED_VALUES of functions/ are bundled, within ${SHARED_BYTES} B`, async () => {
      const all = await inputs(name);
      assert.ok(
        all.some((i) => i.path.startsWith('static/') && i.bytes > 0),
        'metafile paths are relative to the repository',
      );
      const server = all.filter((i) => /^(functions|render|dev|src)\//.test(i.path));
      for (const i of server) assert.ok(SHARED_VALUES.includes(i.path.replace(/^functions\//, '')), `${name} bundles ${i.path}`);
      const bytes = server.reduce((n, i) => n + i.bytes, 0);
      assert.ok(bytes <= SHARED_BYTES, `${name}: functions/ code is ${bytes} B`);
    });
  }

  /** The modules of i18n/ each view bundles besides the formatter, its memo, the locale rule and the registry. */
  const OWN_WORDS = {
    view: ['i18n/view.ts', 'i18n/catalogues/view.ts', ...LANGUAGES.map((l) => `i18n/${l}/view.ts`)],
    edit: ['i18n/en/form.ts'],
  };
  for (const name of VIEWS) {
    test(`${name}: of i18n/ only the formatter, the locale rule and its own words are bundled (no server words)`, async () => {
      const bundled = (await inputs(name)).filter((i) => i.path.startsWith('i18n/') && i.bytes > 0).map((i) => i.path);
      const allowed = ['i18n/message.ts', 'i18n/memo.ts', 'i18n/locale.ts', 'i18n/languages.ts', ...OWN_WORDS[name]];
      assert.deepEqual(
        bundled.filter((p) => !allowed.includes(p)),
        [],
      );
      for (const own of OWN_WORDS[name]) assert.ok(bundled.includes(own), `${name} bundles ${own}`);
    });
  }

  test('the built bundles hold no text of the validator, the Jira client or the renderer', async () => {
    const dirs = await built();
    for (const name of VIEWS) {
      const js = readFileSync(join(dirs[name], 'main.js'), 'utf8');
      // …nor the server's words, nor the form's other languages (they come from the formWords resolver).
      for (const marker of [
        'is not a Glance setting',
        'requestJira',
        'approximate-count',
        'text-anchor',
        'satori',
        'of time elapsed',
        'Gadget-Einstellungen',
        'ガジェットの設定',
      ]) {
        assert.ok(!js.includes(marker), `${name}/main.js contains "${marker}"`);
      }
    }
  });
});

describe('static/ sources', () => {
  const ROOT = new URL('../../static/', import.meta.url);
  const sources = (dir: URL): { path: string; text: string }[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      if (e.name === 'dist') return [];
      const u = new URL(e.name + (e.isDirectory() ? '/' : ''), dir);
      return e.isDirectory() ? sources(u) : [{ path: u.pathname, text: readFileSync(u, 'utf8') }];
    });

  test('fetch no fonts or images: no url(), @import or @font-face in CSS, no <img> in pages', () => {
    for (const f of sources(ROOT)) {
      if (f.path.endsWith('.css')) assert.doesNotMatch(f.text, /url\(|@import|@font-face/, f.path);
      if (f.path.endsWith('.html')) assert.doesNotMatch(f.text, /<img|<link(?![^>]*rel="stylesheet")/, f.path);
    }
  });

  test('write no SVG markup: only the server’s SVG is injected', () => {
    for (const f of sources(ROOT).filter((x) => x.path.endsWith('.ts'))) {
      assert.doesNotMatch(f.text, /<svg|createElementNS/, f.path);
    }
  });
});
