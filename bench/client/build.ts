/**
 * Builds the client pages compared by the benchmark into one directory per page:
 * `glance` is the real view (build/build-static.ts, unchanged); `echarts`, `chartjs` and `floor` are
 * bench/client/<name>.ts bundled the same way (esbuild --minify, IIFE, same targets, the same
 * `@forge/bridge` facade as the view: the slimmest bridge any of them could ship).
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BRIDGE_MEMBERS, BROWSER_BUNDLE, buildStatic, forgeFacades } from '../../build/build-static';

const HERE = dirname(fileURLToPath(import.meta.url));

export const PAGES = ['glance', 'echarts', 'chartjs', 'floor'] as const;
export type PageName = (typeof PAGES)[number];

export interface BuiltPage {
  name: PageName;
  dir: string;
  jsBytes: number;
  jsGzipBytes: number;
}

const ENTRIES: Record<Exclude<PageName, 'glance'>, string> = {
  echarts: 'echarts-gauge.ts',
  chartjs: 'chartjs-gauge.ts',
  floor: 'floor.ts',
};

function sizes(name: PageName, dir: string): BuiltPage {
  const js = readFileSync(join(dir, 'main.js'));
  return { name, dir, jsBytes: js.length, jsGzipBytes: gzipSync(new Uint8Array(js), { level: 9 }).length };
}

/** Builds every page under `outDir`; returns each page's directory and JS size. */
export async function buildPages(outDir: string): Promise<Record<PageName, BuiltPage>> {
  const views = await buildStatic({ outDir: (name) => join(outDir, name === 'view' ? 'glance' : 'glance-edit') });
  const out = { glance: sizes('glance', views.view) } as Record<PageName, BuiltPage>;
  for (const [name, entry] of Object.entries(ENTRIES) as [Exclude<PageName, 'glance'>, string][]) {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [join(HERE, entry)],
      outfile: join(dir, 'main.js'),
      ...BROWSER_BUNDLE,
      plugins: forgeFacades(BRIDGE_MEMBERS.view),
    });
    copyFileSync(join(HERE, 'page.html'), join(dir, 'index.html'));
    copyFileSync(join(HERE, 'page.css'), join(dir, 'page.css'));
    out[name] = sizes(name, dir);
  }
  return out;
}
