/**
 * Bundles the Custom UI views: static/<name>/main.ts → static/<name>/dist/{index.html, main.js, <name>.css}.
 *
 * `@forge/bridge` is CommonJS with one barrel index, so `import { invoke } from '@forge/bridge'` would bundle
 * the whole package (~31 KB gz, see bench/RESULTS.md "Client bundle"). The `bridgeFacade` plugin resolves
 * that import to a small ES module that re-exports only the members an entry uses, each from the package's
 * own module file — the very same functions the barrel exports (test/static/bridge-facade.test.ts checks
 * identity), so the code stays on the public API. The bridge version is pinned exactly in package.json.
 *
 * `view.getContext` needs one function of `@forge/i18n` (`ensureLocale`, to normalise the context's locale),
 * but that package is a barrel too, whose `__exportStar`s pull in tslib and lodash (~8 KB gz of the ~14 KB
 * view). The `forgeI18nFacade` plugin resolves it the same way: to its own `ensureLocale` module file.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BRIDGE_OUT = join(dirname(createRequire(import.meta.url).resolve('@forge/bridge')));

/** esbuild options every browser page shares (the views, and the benchmark's comparison pages). */
export const BROWSER_BUNDLE = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** Bridge members by entry: top-level exports (`invoke`) or members of `view` (`view.submit`). */
export const BRIDGE_MEMBERS = {
  view: ['makeInvoke', 'events', 'router', 'view.theme', 'view.getContext'],
  edit: ['makeInvoke', 'view.theme', 'view.submit', 'view.close', 'view.getContext'],
} as const;

/** The package module file that defines each member (the barrel re-exports these objects unchanged). */
export const BRIDGE_FILES: Record<string, string> = {
  invoke: 'invoke/invoke.js',
  makeInvoke: 'invoke/invoke.js',
  events: 'events/events.js',
  router: 'router/router.js',
  'view.theme': 'view/theme.js',
  'view.submit': 'view/submit.js',
  'view.close': 'view/close.js',
  'view.getContext': 'view/getContext.js',
  'view.refresh': 'view/refresh.js',
};

/** Absolute path of the module file defining `member`. */
export function bridgeFile(member: string): string {
  const file = BRIDGE_FILES[member];
  if (!file) throw new Error(`bridge facade: no module file known for "${member}"`);
  return join(BRIDGE_OUT, file);
}

/** ES module source re-exporting `members` of @forge/bridge from their module files. */
export function facadeSource(members: readonly string[]): string {
  const lines: string[] = [];
  const viewParts: string[] = [];
  for (const m of members) {
    const path = JSON.stringify(bridgeFile(m));
    if (m.startsWith('view.')) {
      const name = m.slice(5);
      lines.push(`import { ${name} as view_${name} } from ${path};`);
      viewParts.push(`${name}: view_${name}`);
    } else {
      lines.push(`export { ${m} } from ${path};`);
    }
  }
  if (viewParts.length) lines.push(`export const view = { ${viewParts.join(', ')} };`);
  return lines.join('\n');
}

const I18N_OUT = join(dirname(createRequire(join(BRIDGE_OUT, 'view', 'getContext.js')).resolve('@forge/i18n')));

/** The members of `@forge/i18n` the bridge modules use, and the module file defining each. */
export const FORGE_I18N_FILES: Record<string, string> = { ensureLocale: 'ensureLocale.js' };

/** ES module source re-exporting the used members of `@forge/i18n` from their module files. */
export function forgeI18nFacadeSource(): string {
  return Object.entries(FORGE_I18N_FILES)
    .map(([name, file]) => `export { ${name} } from ${JSON.stringify(join(I18N_OUT, file))};`)
    .join('\n');
}

/** esbuild plugin: `@forge/i18n` (imported by `view/getContext.js`) → its `ensureLocale` module only. */
export function forgeI18nFacade(): Plugin {
  return {
    name: 'glance-forge-i18n-facade',
    setup(b) {
      b.onResolve({ filter: /^@forge\/i18n$/ }, () => ({ path: '@forge/i18n', namespace: 'glance-forge-i18n' }));
      b.onLoad({ filter: /.*/, namespace: 'glance-forge-i18n' }, () => ({
        contents: forgeI18nFacadeSource(),
        loader: 'js',
        resolveDir: I18N_OUT,
      }));
    },
  };
}

/** Both facades for a page using `members` of the bridge: what every Glance page and benchmark page is built with. */
export function forgeFacades(members: readonly string[]): Plugin[] {
  return [bridgeFacade(members), forgeI18nFacade()];
}

/** esbuild plugin: `@forge/bridge` → the facade for `members`. */
export function bridgeFacade(members: readonly string[]): Plugin {
  return {
    name: 'glance-bridge-facade',
    setup(b) {
      b.onResolve({ filter: /^@forge\/bridge$/ }, () => ({ path: '@forge/bridge', namespace: 'glance-bridge' }));
      b.onLoad({ filter: /.*/, namespace: 'glance-bridge' }, () => ({
        contents: facadeSource(members),
        loader: 'js',
        resolveDir: BRIDGE_OUT,
      }));
    },
  };
}

export type ViewName = keyof typeof BRIDGE_MEMBERS;
export const VIEWS: ViewName[] = ['view', 'edit'];

export interface BuildStaticOptions {
  /** Output directory per view (default static/<name>/dist). */
  outDir?: (name: ViewName) => string;
}

/** Builds both views; returns the output directory of each. */
export async function buildStatic(options: BuildStaticOptions = {}): Promise<Record<ViewName, string>> {
  const out = {} as Record<ViewName, string>;
  await Promise.all(
    VIEWS.map(async (name) => {
      const src = join(ROOT, 'static', name);
      const dist = options.outDir?.(name) ?? join(src, 'dist');
      rmSync(dist, { recursive: true, force: true });
      mkdirSync(dist, { recursive: true });
      await build({
        entryPoints: { main: join(src, 'main.ts'), [name]: join(src, `${name}.css`) },
        outdir: dist,
        ...BROWSER_BUNDLE,
        plugins: forgeFacades(BRIDGE_MEMBERS[name]),
      });
      copyFileSync(join(src, 'index.html'), join(dist, 'index.html'));
      out[name] = dist;
    }),
  );
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = await buildStatic();
  for (const [name, dir] of Object.entries(dirs)) console.log(`static ${name} → ${dir}`);
}
