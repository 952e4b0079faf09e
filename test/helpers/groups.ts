/**
 * Test files run in a few processes instead of one each (`npm test`, test/files.sh): each entry in
 * test/groups/ imports its share of test/**\/*.test.ts into one Node process (starting Node + tsx
 * costs ~0.7 CPU s a process, and the files of a group load the modules they share once).
 *
 * Each file's tests run inside a describe named after the file, so a failure still names its file and
 * test, and the file's top-level hooks (before/after/beforeEach…) apply to that file's tests only.
 * node:test attaches a call to the suite whose function is running, found by `executionAsyncId()`
 * (lib/internal/test_runner/harness.js, `runInParentContext`), which a module evaluated by an
 * `import()` does not keep. So the file's top-level calls of node:test are recorded while it is
 * imported (its named imports are live bindings of the builtin's exports, which
 * `module.syncBuiltinESMExports()` updates: https://nodejs.org/docs/latest-v20.x/api/module.html#modulesyncbuiltinesmexports)
 * and replayed, in order, inside the file's describe. Calls made later (inside a describe or a test)
 * reach node:test directly.
 *
 * Which group a file is in: the files that use test/browser/harness.ts (Chromium) go to `browser`
 * (those in test/browser/) or `chromium` (those elsewhere): two processes, as the preview stacks they
 * start run in the test process; every other file goes to the group named after its first folder
 * under test/ (or the folder `JOINED` names for it) when test/groups/ has an entry of that name, else
 * to `rest`. A new test file is picked up by its folder's group (or `rest`) without any list to edit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TEST = join(ROOT, 'test');

/** Every test file below test/, relative to the repository root, sorted. */
export function testFiles(dir = TEST): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('__')) found.push(...testFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(relative(ROOT, path).split(sep).join('/'));
  }
  return found.sort();
}

/** The groups test/groups/ has an entry for. */
export function groupNames(): string[] {
  return readdirSync(join(TEST, 'groups'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();
}

/** Whether a test file drives Chromium (imports the browser harness), as test/files.sh decides it too. */
export function usesBrowser(file: string): boolean {
  return readFileSync(join(ROOT, file), 'utf8').includes("/harness'");
}

/**
 * Folders whose files run in another folder's group: three processes for the quick loop, about equal
 * in CPU (functions + export ~42 CPU s, rest + demo-jira ~38, trust ~37). Each process loads the
 * modules its files share once: three of them took 108 CPU s where six took 118 (docs/testing.md).
 */
export const JOINED: Readonly<Record<string, string>> = { export: 'functions' };

/** The group a test file runs in. */
export function groupOf(file: string, groups = groupNames()): string {
  const folder = file.split('/')[1];
  if (usesBrowser(file)) return folder === 'browser' ? 'browser' : 'chromium';
  const group = JOINED[folder] ?? folder;
  return !['browser', 'chromium', 'rest'].includes(group) && groups.includes(group) ? group : 'rest';
}

type Fn = ((...args: unknown[]) => unknown) & Record<string, unknown>;
const nodeTest = createRequire(import.meta.url)('node:test') as Record<string, Fn>;
const REGISTERING = ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'];
const VARIANTS = ['skip', 'todo', 'only'];
/** The calls being recorded, while a test file is imported. */
let recording: (() => void)[] | undefined;

// Stand-ins that record while a file is imported and call node:test otherwise. Installed before any
// module imports node:test as an ES module: that namespace copies the exports when it is first made.
const standIn =
  (real: Fn) =>
  (...args: unknown[]) => {
    if (!recording) return real(...args);
    recording.push(() => void real(...args));
    return Promise.resolve();
  };
for (const name of REGISTERING) {
  const real = nodeTest[name];
  if (typeof real !== 'function') continue;
  const stand = standIn(real) as Fn;
  for (const variant of VARIANTS) if (typeof real[variant] === 'function') stand[variant] = standIn(real[variant] as Fn);
  nodeTest[name] = stand;
}
syncBuiltinESMExports();

/** Imports a test file, returning its top-level calls of node:test, unmade. */
async function recorded(file: string): Promise<(() => void)[]> {
  const calls: (() => void)[] = [];
  recording = calls;
  try {
    await import(pathToFileURL(join(ROOT, file)).href);
  } finally {
    recording = undefined;
  }
  return calls;
}

/** A file's describe: its recorded top-level calls made inside it, or the error its import threw. */
function fileSuite(file: string, calls: (() => void)[] | Error): void {
  nodeTest.describe(file, { concurrency: 1 }, () => {
    if (calls instanceof Error) throw calls;
    for (const call of calls) call();
  });
}

/**
 * Runs the group's files (awaited by a test/groups/ entry), each in a describe named after it, one
 * after another (`first` ones first, then by name); with `concurrency` above 1, that many files at a
 * time, inside a describe named after the group (for files that mostly wait, on Chromium or timers).
 * Every file is imported before the first test starts, so no module loads while a test measures time
 * or memory.
 */
export async function runGroup(name: string, options: { concurrency?: number; first?: string[] } = {}): Promise<void> {
  const groups = groupNames();
  const imported: [string, (() => void)[] | Error][] = [];
  const first = options.first ?? [];
  const files = testFiles().filter((f) => groupOf(f, groups) === name);
  for (const file of [...first.filter((f) => files.includes(f)), ...files.filter((f) => !first.includes(f))]) {
    try {
      imported.push([file, await recorded(file)]);
    } catch (error) {
      imported.push([file, error instanceof Error ? error : new Error(String(error))]);
    }
  }
  if (options.concurrency && options.concurrency > 1) {
    nodeTest.describe(name, { concurrency: options.concurrency }, () => {
      for (const [file, calls] of imported) fileSuite(file, calls);
    });
  } else {
    for (const [file, calls] of imported) fileSuite(file, calls);
  }
}
