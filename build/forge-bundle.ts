/**
 * Builds the Forge function the way `forge deploy` does, with Atlassian's own bundler: @forge/cli's
 * RuntimeBundler (out/deploy/packager/runtime-bundler.js) reads the handlers from manifest.yml
 * (`ConfigFile.getAppHandlers`), turns them into entry points under src/ (`getEntryPoints`), runs
 * `getNodeBundler(logger, wrapperProvider, configFile).bundle({ appDirectory: process.cwd(), entryPoints })`
 * (webpack + ts-loader with ./tsconfig.json) and zips the output folder, the runtime files it
 * returns, manifest.yml and package.json / package-lock.json. This writes the same files to a folder.
 *
 * The one difference: the runtime wrapper and loader normally come from Atlassian's CDN (unreachable
 * here). The provider below returns empty scripts; the tests' Forge runtime stand-in calls the
 * handler itself (see build/built-function.ts).
 *
 *   npx tsx build/forge-bundle.ts <outDir> [appDir]     (appDir: default this app; the Forge CLI builds
 *                                                     from the app's root, so this changes into it)
 */
import type { Logger } from '@forge/cli-shared';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Module from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The file the Forge runtime loads for handler module `index`. */
export const HANDLER_FILE = 'index.cjs';
/** Files the Forge CLI adds next to the code (cli-shared `dependencyFileNames`). */
const DEPENDENCY_FILES = ['package.json', 'package-lock.json', 'yarn.lock'];

/** Stand-in for the CDN wrapper provider: empty wrapper and loader scripts. */
const EMPTY_RUNTIME = { script: '', source: 'glance: no runtime wrapper (offline build)', version: 'offline' };
export const emptyWrapperProvider = {
  getNodeRuntimeWrapper: async () => EMPTY_RUNTIME,
  getNodeRuntimeLoader: async () => EMPTY_RUNTIME,
};

/**
 * @forge/bundler stops with "Could not find the main executable file" unless `require.main` is set
 * (config/common.js), as it is under the Forge CLI, a CommonJS program. An ES module entry (tsx) has
 * none, so give the CommonJS loader one before the bundler is first required.
 */
async function loadBundler(): Promise<typeof import('@forge/bundler')> {
  process.mainModule ??= new Module(fileURLToPath(import.meta.url));
  return import('@forge/bundler');
}

function buildLogger(warnings: string[]): Logger {
  return {
    traceEnabled: false,
    debugEnabled: false,
    trace: () => undefined,
    debug: () => undefined,
    info: (message) => console.log(message),
    warn: (message) => {
      warnings.push(message);
      console.warn(message);
    },
    error: (error) => console.error(error.message),
  };
}

export interface ForgeBundle {
  dir: string;
  /** Node packages webpack put into the bundle (the bundler's metadata). */
  modules: string[];
  warnings: string[];
  ms: number;
}

/**
 * Bundles the handlers of `appDir`'s manifest.yml into `outDir` (emptied first) with @forge/bundler,
 * laid out as the deploy archive is. Must run with the app's root as the working directory, as the
 * Forge CLI does (it reads ./manifest.yml and resolves entry points under ./src).
 */
export async function bundleFunction(outDir: string, appDir: string = ROOT): Promise<ForgeBundle> {
  if (resolve(process.cwd()) !== resolve(appDir))
    throw new Error(`forge-bundle: run from ${appDir} (the Forge CLI builds from the app's root), not ${process.cwd()}`);
  const started = performance.now();
  const { getEntryPoints, getNodeBundler } = await loadBundler();
  const { ConfigFile, FileSystemReader, FileSystemWriter } = await import('@forge/cli-shared');
  const warnings: string[] = [];
  const configFile = new ConfigFile(new FileSystemReader(), new FileSystemWriter());
  const entryPoints = getEntryPoints(await configFile.getAppHandlers());
  const bundler = getNodeBundler(buildLogger(warnings), emptyWrapperProvider, configFile);
  const { outputDir, additionalOutputs, metadata } = await bundler.bundle({ appDirectory: resolve(appDir), entryPoints });
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    cpSync(outputDir, outDir, { recursive: true });
    for (const [name, content] of additionalOutputs ?? []) {
      mkdirSync(dirname(join(outDir, name)), { recursive: true });
      if (typeof content === 'string' && existsSync(content)) cpSync(content, join(outDir, name));
      else writeFileSync(join(outDir, name), typeof content === 'string' ? content : new Uint8Array(content));
    }
    // The CLI stores the parsed manifest under its usual name, and the dependency files as they are.
    writeFileSync(join(outDir, 'manifest.yml'), JSON.stringify(await configFile.readConfig()));
    for (const name of DEPENDENCY_FILES) if (existsSync(join(appDir, name))) cpSync(join(appDir, name), join(outDir, name));
  } finally {
    // The bundler writes to a fresh tmp folder per build and leaves it behind.
    rmSync(outputDir, { recursive: true, force: true });
  }
  if (!existsSync(join(outDir, HANDLER_FILE))) throw new Error(`forge-bundle: the bundler wrote no ${HANDLER_FILE}`);
  return { dir: outDir, modules: metadata?.modules ?? [], warnings, ms: performance.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, appDir = ROOT] = process.argv.slice(2);
  if (!out) {
    console.error('usage: npx tsx build/forge-bundle.ts <outDir> [appDir]');
    process.exit(2);
  }
  const [outDir, app] = [resolve(out), resolve(appDir)];
  process.chdir(app);
  const result = await bundleFunction(outDir, app);
  console.log(
    `function: @forge/bundler → ${result.dir} in ${(result.ms / 1000).toFixed(1)} s${result.warnings.length ? `, ${result.warnings.length} warnings` : ''}`,
  );
}
