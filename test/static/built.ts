/** Builds the views once per test process into a temporary directory (tests run in parallel processes). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { buildStatic, type ViewName } from '../../build/build-static';

const root = mkdtempSync(join(tmpdir(), 'glance-static-'));
// Registered at import time, i.e. on the file's root suite: the directory outlives every test in it.
after(() => rmSync(root, { recursive: true, force: true }));
let dirs: Promise<Record<ViewName, string>> | undefined;

/** Output directory of each built view. */
export function built(): Promise<Record<ViewName, string>> {
  dirs ??= buildStatic({ outDir: (name) => join(root, name) });
  return dirs;
}

/** Text of one built file. */
export async function builtFile(view: ViewName, file: string): Promise<string> {
  return readFileSync(join((await built())[view], file), 'utf8');
}
