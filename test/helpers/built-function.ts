/**
 * The Forge function as it ships, for tests that run "the built function": built into a temporary
 * folder (today by dev/build-functions.ts) and loaded with `require`, as Forge's runtime wrapper
 * loads the handler module. The one place to change when the build changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFunctions } from '../../dev/build-functions';
import type { ForgeHandler } from './forge-runtime';

export interface BuiltFunction {
  /** The folder holding the build. */
  dir: string;
  /** A handler of a fresh function instance (module state included) on every call. */
  load(): ForgeHandler;
  /** Deletes the build. */
  remove(): void;
}

const require = createRequire(import.meta.url);

/** Builds the function into a new temporary folder. */
export async function buildFunction(): Promise<BuiltFunction> {
  const dir = mkdtempSync(join(tmpdir(), 'glance-built-'));
  await buildFunctions(dir);
  const entry = join(dir, 'index.js');
  return {
    dir,
    load() {
      for (const file of Object.keys(require.cache)) if (file.startsWith(dir)) delete require.cache[file];
      return (require(entry) as { handler: ForgeHandler }).handler;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
