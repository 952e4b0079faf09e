/** Builds the views once per test process into a temporary directory (tests run in parallel processes). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStatic, type ViewName } from '../../build/build-static';

const root = mkdtempSync(join(tmpdir(), 'glance-static-'));
// Removed when the process exits: several test files of one process (test/helpers/groups.ts) share it,
// and a node:test `after` registered at import time would belong to the first file's suite only.
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
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
