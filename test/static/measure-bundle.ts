/**
 * Measures the ways of bundling @forge/bridge for the view (esbuild --minify, gzip -9) and prints the
 * table kept in bench/RESULTS.md "Client bundle". Run: `npx tsx test/static/measure-bundle.ts`.
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BRIDGE_MEMBERS, bridgeFacade, buildStatic, forgeFacades } from '../../build/build-static';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'glance-measure-'));
const USE =
  "import { makeInvoke, events, router, view } from '@forge/bridge';\n" +
  "makeInvoke()('render', {}).then(console.log); events.on('x', () => {}); router.open('/x'); view.theme.enable(); view.getContext();\n";
const entry = join(ROOT, 'test/static/.measure-entry.js');

const sideEffectsFree: Plugin = {
  name: 'side-effects-free',
  setup(b) {
    b.onResolve({ filter: /^@forge\/bridge/ }, async (args) => {
      if (args.pluginData) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: true });
      return { ...r, sideEffects: false };
    });
  },
};

const EDIT_USE =
  "import { makeInvoke, view } from '@forge/bridge';\n" +
  "makeInvoke()('render', {}); view.theme.enable(); view.submit({}); view.close(); view.getContext();\n";

async function measure(label: string, opts: { splitting?: boolean; plugins?: Plugin[] }, use = USE) {
  writeFileSync(entry, use);
  const outdir = join(tmp, label.replace(/\W+/g, '-'));
  await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', outdir, logLevel: 'error', platform: 'browser', ...opts });
  const files = readdirSync(outdir).map((f) => {
    const b = readFileSync(join(outdir, f), 'utf8');
    const raw = Buffer.byteLength(b);
    return { f, raw, gz: gzipSync(b, { level: 9 }).length };
  });
  const initial = files.find((x) => x.f.startsWith('.measure-entry'))!;
  const lazy = files.filter((x) => x !== initial);
  const row = `| ${label} | ${(initial.raw / 1024).toFixed(1)} KB | **${(initial.gz / 1024).toFixed(1)} KB** | ${lazy.length ? lazy.map((x) => `${(x.gz / 1024).toFixed(1)} KB`).join(' + ') : '—'} |`;
  console.log(row);
}

try {
  console.log("| bridge import (view's members) | minified | gzip -9 (initial) | lazy chunks gz |");
  console.log('|---|---|---|---|');
  await measure('whole barrel `@forge/bridge`', {});
  await measure('whole barrel + sideEffects:false', { plugins: [sideEffectsFree] });
  await measure('whole barrel + --splitting', { splitting: true });
  await measure('facade (makeInvoke, events, router, view.theme, view.getContext)', { plugins: [bridgeFacade(BRIDGE_MEMBERS.view)] });
  await measure('… and the @forge/i18n facade (ensureLocale only)', { plugins: forgeFacades(BRIDGE_MEMBERS.view) });
  await measure('facade for edit (+ submit, close, getContext)', { plugins: [bridgeFacade(BRIDGE_MEMBERS.edit)] }, EDIT_USE);
  await measure('… and the @forge/i18n facade', { plugins: forgeFacades(BRIDGE_MEMBERS.edit) }, EDIT_USE);
  await measure("whole barrel, edit's members", {}, EDIT_USE);
  const dirs = await buildStatic({ outDir: (n) => join(tmp, `app-${n}`) });
  for (const [name, dir] of Object.entries(dirs)) {
    const js = readFileSync(join(dir, 'main.js'), 'utf8');
    const css = readFileSync(join(dir, `${name}.css`), 'utf8');
    console.log(
      `| shipped static/${name}/dist/main.js (app + bridge) | ${(Buffer.byteLength(js) / 1024).toFixed(1)} KB | **${(gzipSync(js, { level: 9 }).length / 1024).toFixed(1)} KB** | css ${(gzipSync(css, { level: 9 }).length / 1024).toFixed(1)} KB gz |`,
    );
  }
} finally {
  rmSync(entry, { force: true });
  rmSync(tmp, { recursive: true, force: true });
}
