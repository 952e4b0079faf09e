/**
 * The part of `forge lint` that runs without an Atlassian login or network: @forge/lint's client-side
 * linters (handler exports, invoke endpoints, storage modules, deprecated APIs, manifest rules…)
 * on the app, as the Forge CLI's LintService calls `lint()`.
 *
 * Left out, and why (see docs/deploy.md):
 * - PermissionLinter (missing scopes): downloads Atlassian's OpenAPI files from developer.atlassian.com;
 * - the server-side linter: Atlassian's GraphQL API, needs a login;
 * - feature flags (Statsig, e.g. the list of deprecated runtimes): read offline as "none".
 *
 * `forge lint` lints ./src only; that is one re-export here, so this also lints functions/ and render/,
 * where the code is.
 *
 *   npm run lint:forge      (from the app's root; exit 1 on any error or warning; CI runs it after the build)
 */
import { StatsigReader, type DynamicConfig, type DynamicConfigKey, type StatsigService } from '@forge/cli-shared';
import { getClientSideLintersOnly, lint, PermissionLinter, type LintResult } from '@forge/lint';
import { validate } from '@forge/manifest';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Folders linted: what `forge lint` reads (src) and where the handler's code lives. */
export const LINTED_DIRS = ['src', 'functions', 'render'];

/** No feature flags offline: every gate off, no dynamic configuration. */
class OfflineFlags extends StatsigReader {
  async checkGate(): Promise<boolean | null> {
    return null;
  }
  async getDynamicConfig<F extends DynamicConfigKey>(): Promise<DynamicConfig[F] | null> {
    return null;
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(e.name) ? [relative(ROOT, path)] : [];
  });
}

/** Every source file of {@link LINTED_DIRS}, relative to the app root. */
export function defaultFiles(): string[] {
  return LINTED_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
}

export interface OfflineLint {
  files: number;
  linters: string[];
  problems: { file: string; level: 'error' | 'warning'; line: number; message: string }[];
}

/**
 * Runs the offline linters on `files` (paths relative to the app root; default: every source file
 * of {@link LINTED_DIRS}) against manifest.yml. Run from the app's root, as the Forge CLI does.
 */
export async function lintOffline(files: string[] = defaultFiles()): Promise<OfflineLint> {
  if (resolve(process.cwd()) !== ROOT) throw new Error(`forge-lint: run from ${ROOT}`);
  const manifest = (await validate(false, join(ROOT, 'manifest.yml'))).manifestObject?.typedContent;
  if (!manifest) throw new Error('forge-lint: manifest.yml does not parse');
  const logger = { info: () => undefined };
  // The linters only read flags (StatsigReader's methods); the service's network half is not needed.
  const flags = new OfflineFlags() as unknown as StatsigService;
  const linters = (await getClientSideLintersOnly(manifest, 'production', logger, flags)).filter((l) => !(l instanceof PermissionLinter));
  const results: LintResult[] = await lint(files, manifest, 'production', logger, flags, { linter: { mode: 'client-side' }, linters });
  const problems = results.flatMap((r) => [
    ...r.errors.map((p) => ({ file: r.file, level: 'error' as const, line: p.line, message: p.message })),
    ...r.warnings.map((p) => ({ file: r.file, level: 'warning' as const, line: p.line, message: p.message })),
  ]);
  return { files: files.length, linters: linters.map((l) => l.constructor.name), problems };
}

/**
 * A control for the linters: a file using Forge storage the deprecated way, which they must flag
 * (else a clean result would prove nothing). Planted in the git-ignored test/__output__/.
 */
export const CONTROL = {
  file: 'test/__output__/forge-lint-control/planted.js',
  source: "import { storage } from '@forge/api';\nexport const read = () => storage.get('k');\n",
};

/**
 * `npm run lint:forge`: the app's files and the {@link CONTROL} together; exit 1 on any problem in
 * the app, when the control is not flagged, or when the linter set is not the offline one.
 */
async function main(): Promise<number> {
  const control = join(ROOT, CONTROL.file);
  mkdirSync(dirname(control), { recursive: true });
  writeFileSync(control, CONTROL.source);
  try {
    const { files, linters, problems } = await lintOffline([...defaultFiles(), CONTROL.file]);
    const app = problems.filter((p) => p.file !== CONTROL.file);
    for (const p of app) console.log(`${p.file}:${p.line} ${p.level}: ${p.message}`);
    console.log(`forge lint (offline part): ${linters.length} linters on ${files - 1} files, ${app.length} problems`);
    let code = app.length > 0 ? 1 : 0;
    if (!problems.some((p) => p.file === CONTROL.file)) {
      console.error('forge lint: the planted control (a deprecated storage import) was not flagged: the linters check nothing');
      code = 1;
    }
    if (!linters.includes('HandlerLinter') || !linters.includes('FullManifestLinter') || linters.includes('PermissionLinter')) {
      console.error(`forge lint: unexpected linters ${linters.join()}`);
      code = 1;
    }
    return code;
  } finally {
    rmSync(control, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
