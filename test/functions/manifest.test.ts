/**
 * Builds the app (`npm run build` steps: the views here, the function through build/built-function.ts)
 * and checks manifest.yml with @forge/manifest's own full validator (what `forge lint` and
 * `forge deploy` run first: schema, modules, handler files under src/, resources), asserts the exact
 * permissions, and smoke-tests the built function the way the Forge runtime calls it.
 *
 * forge lint's offline linters over the whole app (with a planted control they must flag) are a CI
 * step after the build, `npm run lint:forge` (build/forge-lint.ts): ~35 CPU seconds, mostly set-up.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { validate } from '@forge/manifest';
import { builtFunctionDir, requireHandler } from '../../build/built-function';
import { buildStatic } from '../../build/build-static';
import { iconFiles } from '../../tools/gen-icons';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = join(ROOT, 'manifest.yml');

type Manifest = {
  app: { runtime: { name: string; memoryMB?: number }; package?: { bundler?: string; path?: string } };
  modules: Record<string, { key: string; [k: string]: unknown }[]>;
  resources: { key: string; path: string }[];
  permissions: { scopes?: string[]; external?: unknown; content?: unknown };
};

/** Runs the validator on a variant of manifest.yml placed next to links to src/ and static/. */
async function validateVariant(edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'glance-manifest-'));
  try {
    symlinkSync(join(ROOT, 'src'), join(dir, 'src'));
    symlinkSync(join(ROOT, 'static'), join(dir, 'static'));
    writeFileSync(join(dir, 'manifest.yml'), edit(readFileSync(MANIFEST, 'utf8')));
    return await validate(false, join(dir, 'manifest.yml'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.yml and the built app', () => {
  let manifest: Manifest;

  before(async () => {
    await buildStatic();
  });

  it("passes @forge/manifest's full validation with no errors or warnings", async () => {
    const result = await validate(false, MANIFEST);
    // `errors` holds both levels (@forge/manifest types/errors.d.ts: level 'error' | 'warning').
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.success, true);
    manifest = result.manifestObject?.typedContent as unknown as Manifest;
  });

  it('the validator really checks handler files and the schema (negative controls)', async () => {
    const missing = await validateVariant((t) => t.replace('handler: index.handler', 'handler: missing.handler'));
    assert.equal(missing.success, false);
    assert.ok(
      missing.errors?.some((e) => /missing/.test(e.message)),
      JSON.stringify(missing.errors),
    );
    const badRuntime = await validateVariant((t) => t.replace('name: nodejs22.x', 'name: nodejs9.x'));
    assert.equal(badRuntime.success, false);
    const noViews = await validateVariant((t) => t.replace('path: static/view/dist', 'path: static/view/missing'));
    assert.ok(
      noViews.errors?.some((e) => /static\/view\/missing/.test(e.message)),
      JSON.stringify(noViews.errors),
    );
  });

  it('asks for exactly read:jira-work, no external egress, no storage', () => {
    assert.deepEqual(manifest.permissions, { scopes: ['read:jira-work'] });
    assert.equal((manifest.permissions as Record<string, unknown>).external, undefined);
    const moduleTypes = Object.keys(manifest.modules).sort();
    assert.deepEqual(moduleTypes, ['function', 'jira:dashboardGadget']);
    assert.ok(!moduleTypes.some((m) => /storage|entity|sql|kvs/i.test(m)));
    assert.equal((manifest.app as Record<string, unknown>).storage, undefined);
  });

  it("declares three gadgets on one resolver, built by Forge's default packaging from src/", () => {
    const gadgets = manifest.modules['jira:dashboardGadget'];
    assert.deepEqual(
      gadgets.map((g) => g.key),
      ['glance-gauge', 'glance-counter', 'glance-progress'],
    );
    for (const g of gadgets) {
      assert.equal(g.resource, 'view');
      assert.deepEqual(g.edit, { resource: 'edit' });
      assert.deepEqual(g.resolver, { function: 'resolver' });
      assert.match(String(g.thumbnail), /^resource:icons;(gauge|counter|progress)\.svg$/);
    }
    assert.deepEqual(manifest.modules.function, [{ key: 'resolver', handler: 'index.handler' }]);
    // No app.package: manual packaging (manual@2026) is an EAP feature, not usable in production.
    assert.equal(manifest.app.package, undefined);
    assert.match(manifest.app.runtime.name, /^nodejs2[24]\.x$/);
    // @forge/manifest SOURCE_DIRECTORY 'src': handler index.handler → src/index.ts, which only re-exports.
    assert.match(readFileSync(join(ROOT, 'src/index.ts'), 'utf8'), /^export \{ handler \} from '\.\.\/functions\/index';$/m);
  });

  it('after the build, every resource folder has its page and every thumbnail its icon', () => {
    for (const r of manifest.resources) {
      assert.ok(existsSync(join(ROOT, r.path)), r.path);
      if (r.key !== 'icons') assert.ok(existsSync(join(ROOT, r.path, 'index.html')), `${r.path}/index.html`);
    }
    for (const g of manifest.modules['jira:dashboardGadget']) {
      const [key, file] = String(g.thumbnail).replace('resource:', '').split(';');
      const folder = manifest.resources.find((r) => r.key === key)?.path;
      assert.ok(folder && existsSync(join(ROOT, folder, file)), String(g.thumbnail));
    }
  });

  it('has a thumbnail for every gadget, up to date with the renderer (npx tsx tools/gen-icons.ts)', () => {
    const expected = iconFiles();
    assert.deepEqual([...expected.keys()].sort(), ['counter.svg', 'gauge.svg', 'progress.svg']);
    for (const [file, svg] of expected) assert.equal(readFileSync(join(ROOT, 'static/icons', file), 'utf8'), svg, file);
  });
});

describe('the built function under a Forge-like runtime', () => {
  let jira: JiraDouble;
  const fetches: { provider: string; path: string }[] = [];
  const g = globalThis as Record<string, unknown>;

  let dir: string;

  before(async () => {
    dir = await builtFunctionDir();
    jira = await startJiraDouble({ count: (jql) => (jql === '(project = "ABC") AND (statusCategory != Done)' ? 11 : 0) });
    // Stand-in for the Forge runtime's product fetch: records who the call is made as, forwards to the double.
    g.__forge_fetch__ = async (opts: { provider: string }, path: string, init: RequestInit) => {
      fetches.push({ provider: opts.provider, path });
      return fetch(`${jira.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: 'Bearer forge' },
      });
    };
  });
  after(async () => {
    delete g.__forge_fetch__;
    await jira.close();
  });

  it('ships no keytar: the keychain module of the Forge CLI (its install script is denied in package.json)', () => {
    // @forge/cli-shared requires keytar lazily, only for `forge login`'s credential store
    // (out/auth/personal/credential-store.js, getKeytar); nothing of it may reach the function.
    // (package-lock.json, uploaded beside the code, lists every dev dependency, keytar included.)
    const code = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.[cm]?js$/.test(f));
    assert.ok(code.includes('index.cjs'), code.join());
    for (const f of code) assert.doesNotMatch(readFileSync(join(dir, f), 'latin1'), /keytar/i, f);
  });

  it('answers render as the user (asUser, provider "user"), with routes Jira understands', async () => {
    const handler = requireHandler(dir);
    const event = {
      call: { functionKey: 'render', payload: { colorMode: 'dark', width: 300 } },
      context: {
        moduleKey: 'glance-counter',
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: {
            version: 1,
            kind: 'counter',
            source: { type: 'project', projectKey: 'ABC', preset: 'open' },
            metric: { type: 'count' },
          },
        },
      },
    };
    const result = await handler(event, { principal: { accountId: 'acc-1' } });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.value, 11);
    assert.deepEqual(fetches, [{ provider: 'user', path: '/rest/api/3/search/approximate-count' }]);
    const refused = await handler(event, {});
    assert.equal(refused.code, 'UNAUTHENTICATED');
    assert.equal(fetches.length, 1);
  });
});
