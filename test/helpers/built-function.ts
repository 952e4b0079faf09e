/**
 * The Forge function as it ships, for tests that run "the built function": @forge/bundler's build
 * (build/built-function.ts: built as `forge deploy` builds it, once per source state, shared by the
 * test processes) loaded with `require`, as Forge's runtime wrapper loads the handler module.
 */
import { builtFunctionDir, freshHandler, unloadFunction } from '../../build/built-function';
import type { ForgeHandler } from '../../support/forge-runtime';

export interface BuiltFunction {
  /** The folder holding the build. */
  dir: string;
  /** A handler of a fresh function instance (module state included) on every call. */
  load(): ForgeHandler;
  /** Forgets the instances loaded here (the build itself is shared and stays). */
  remove(): void;
}

/** Builds the function (or finds the build of the current sources). */
export async function buildFunction(): Promise<BuiltFunction> {
  const dir = await builtFunctionDir();
  return { dir, load: () => freshHandler(dir), remove: () => unloadFunction(dir) };
}
