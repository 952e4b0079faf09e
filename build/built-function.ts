/**
 * "The built function" for tests and benchmarks: the Forge build of the current sources
 * (build/forge-bundle.ts, @forge/bundler as `forge deploy` runs it), made once and shared.
 *
 * A build takes ~20 s (webpack + ts-loader), so it is cached in the OS temp folder under a hash of
 * everything it is made from; `npm run build` fills the same cache, and test processes running in
 * parallel wait for one build instead of each making its own (a lock file holds the builder's pid).
 * Benchmarks' baseline functions (bench/functions-alt) are built the same way, each as a one-function
 * app of its own ({@link builtBaselineDir}).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { HANDLER_FILE } from './forge-bundle';
import type { ForgeHandler } from '../support/forge-runtime';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(tmpdir(), 'glance-forge-build');
/**
 * What the bundle is made of: every folder of sources the handler imports (test/architecture/folders.test.ts
 * follows the imports from src/ and fails when one is missing here), the compiler and package settings,
 * the build itself.
 */
export const BUILD_INPUTS = [
  'src',
  'functions',
  'render',
  'i18n',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'manifest.yml',
  'build/forge-bundle.ts',
];
const WAIT_MS = 10 * 60_000;
const DAY_MS = 24 * 3600_000;

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && e.name !== 'dist')
    .flatMap((e) => files(join(path, e.name)));
}

/** Hash of every input of the build (paths and contents), plus `extra` files. */
export function sourceHash(extra: string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...BUILD_INPUTS, ...extra].flatMap((p) => files(resolve(ROOT, p))).sort()) {
    hash.update(`${relative(ROOT, file)}\0`);
    hash.update(new Uint8Array(readFileSync(file)));
  }
  return hash.digest('hex').slice(0, 20);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Pid written in the lock file; undefined while it is being written or already gone. */
function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function lockAgeMs(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds `appDir`'s function into `outDir` in a child process (the bundler reads ./manifest.yml). */
async function forgeBundle(outDir: string, appDir: string): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'build/forge-bundle.ts'), outDir, appDir], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      timeout: WAIT_MS,
    });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(`@forge/bundler build failed:\n${`${stdout}\n${stderr}`.trim().slice(-4000)}`, { cause: e });
  }
}

/** Removes cached builds older than a day (other checkouts may be using theirs meanwhile). */
function prune(keep: string): void {
  for (const name of existsSync(CACHE) ? readdirSync(CACHE) : []) {
    const path = join(CACHE, name);
    if (path !== keep && !name.endsWith('.lock') && Date.now() - statSync(path).mtimeMs > DAY_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

/** The cache folder `key`, made by `build(partialDir)` unless present; one builder at a time across processes. */
async function cached(key: string, build: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(CACHE, key);
  const lock = `${dir}.lock`;
  mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(join(dir, HANDLER_FILE))) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      const holder = lockHolder(lock);
      const stale = holder === undefined ? lockAgeMs(lock) > 30_000 : !alive(holder);
      if (stale) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for the function build (${lock})`);
      else await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
      closeSync(fd);
      if (existsSync(join(dir, HANDLER_FILE))) break;
      const partial = `${dir}.${process.pid}.partial`;
      await build(partial);
      renameSync(partial, dir);
      prune(dir);
    } finally {
      rmSync(lock, { force: true });
    }
  }
  return dir;
}

/**
 * Folder holding the Forge build of the current sources, as `forge deploy` would upload it
 * (index.cjs, its chunks, the runtime files, manifest.yml, package.json). Built if not cached yet.
 */
export function builtFunctionDir(): Promise<string> {
  return cached(sourceHash(), (dir) => forgeBundle(dir, ROOT));
}

/**
 * Forge build of a baseline function (e.g. bench/functions-alt/empty.ts, exporting `handler`): a
 * throw-away app (manifest with one function, src/index.ts re-exporting it) built like Glance's.
 */
export function builtBaselineDir(entry: string): Promise<string> {
  const file = resolve(ROOT, entry);
  // The throw-away app is written below: its recipe (this file) is part of the key.
  return cached(`${basename(file).replace(/\W/g, '-')}-${sourceHash([file, fileURLToPath(import.meta.url)])}`, async (dir) => {
    const app = mkdtempSync(join(tmpdir(), 'glance-baseline-app-'));
    try {
      mkdirSync(join(app, 'src'));
      const manifest = readFileSync(join(ROOT, 'manifest.yml'), 'utf8').match(/^app:\n(?:[ #].*\n)*/m)![0];
      writeFileSync(join(app, 'manifest.yml'), `${manifest}modules:\n  function:\n    - key: resolver\n      handler: index.handler\n`);
      writeFileSync(join(app, 'src/index.ts'), `export { handler } from ${JSON.stringify(file.replace(/\.ts$/, ''))};\n`);
      // Our compiler settings, minus the root-relative ones; types from our node_modules.
      const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as {
        compilerOptions: Record<string, unknown>;
      };
      const { rootDir: _r, outDir: _o, ...options } = compilerOptions;
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { ...options, typeRoots: [join(ROOT, 'node_modules/@types')] }, files: ['src/index.ts'] }),
      );
      await forgeBundle(dir, app);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
}

const require = createRequire(import.meta.url);

/** The handler exported by a built function folder, `require`d as the Forge runtime loads it. */
export function requireHandler(dir: string): ForgeHandler {
  return (require(join(dir, HANDLER_FILE)) as { handler: ForgeHandler }).handler;
}

/**
 * Forgets the modules this process loaded from `dir`: the next require is a new function instance.
 * The requiring module keeps its children listed; dropping them there lets the old instance be collected.
 */
export function unloadFunction(dir: string): void {
  for (const [file, mod] of Object.entries(require.cache)) {
    if (!file.startsWith(`${dir}/`) || !mod) continue;
    const parent = (mod as { parent?: NodeJS.Module | null }).parent;
    if (parent) parent.children = parent.children.filter((child) => child !== mod);
    delete require.cache[file];
  }
}

/** The handler of a new function instance (its own module state), as a fresh Forge instance has it. */
export function freshHandler(dir: string): ForgeHandler {
  unloadFunction(dir);
  return requireHandler(dir);
}
