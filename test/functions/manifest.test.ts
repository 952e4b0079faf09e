/**
 * Builds the app (`npm run build` steps) and checks manifest.yml with @forge/manifest's own full
 * validator (what `forge lint` runs offline: schema, modules, handler files, resources), asserts the
 * exact permissions, and smoke-tests the built bundle the way the Forge runtime calls it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { validate } from '@forge/manifest';
import { buildFunctions } from '../../dev/build-functions';
import { buildStatic } from '../../dev/build-static';
import { iconFiles } from '../../dev/gen-icons';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = join(ROOT, 'manifest.yml');

type Manifest = {
  app: { runtime: { name: string; memoryMB?: number }; package?: { bundler?: string; path?: string } };
  modules: Record<string, { key: string; [k: string]: unknown }[]>;
  resources: { key: string; path: string }[];
  permissions: { scopes?: string[]; external?: unknown; content?: unknown };
};

/** Runs the validator on a variant of manifest.yml placed next to links to dist/ and static/. */
async function validateVariant(edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'glance-manifest-'));
  try {
    symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'));
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
    await buildFunctions();
    await buildStatic();
  });

  it("passes @forge/manifest's full validation with no errors or warnings", async () => {
    const result = await validate(false, MANIFEST);
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.success, true);
    manifest = result.manifestObject?.typedContent as unknown as Manifest;
  });

  it('the validator really checks handler files and the schema (negative controls)', async () => {
    const missing = await validateVariant((t) => t.replace('handler: index.handler', 'handler: missing.handler'));
    assert.equal(missing.success, false);
    assert.ok(missing.errors?.some((e) => /missing/.test(e.message)), JSON.stringify(missing.errors));
    const badBundler = await validateVariant((t) => t.replace('bundler: manual@2026', 'bundler: manual@1999'));
    assert.equal(badBundler.success, false);
  });

  it('asks for exactly read:jira-work, no external egress, no storage', () => {
    assert.deepEqual(manifest.permissions, { scopes: ['read:jira-work'] });
    assert.equal((manifest.permissions as Record<string, unknown>).external, undefined);
    const moduleTypes = Object.keys(manifest.modules).sort();
    assert.deepEqual(moduleTypes, ['function', 'jira:dashboardGadget']);
    assert.ok(!moduleTypes.some((m) => /storage|entity|sql|kvs/i.test(m)));
    assert.equal((manifest.app as Record<string, unknown>).storage, undefined);
  });

  it('declares three gadgets on one resolver, handlers from dist/ (manual packaging)', () => {
    const gadgets = manifest.modules['jira:dashboardGadget'];
    assert.deepEqual(gadgets.map((g) => g.key), ['glance-gauge', 'glance-counter', 'glance-progress']);
    for (const g of gadgets) {
      assert.equal(g.resource, 'view');
      assert.deepEqual(g.edit, { resource: 'edit' });
      assert.deepEqual(g.resolver, { function: 'resolver' });
      assert.match(String(g.thumbnail), /^resource:icons;(gauge|counter|progress)\.svg$/);
    }
    assert.deepEqual(manifest.modules.function, [{ key: 'resolver', handler: 'index.handler' }]);
    assert.deepEqual(manifest.app.package, { bundler: 'manual@2026', path: 'dist' });
    assert.match(manifest.app.runtime.name, /^nodejs2[24]\.x$/);
  });

  it('has a thumbnail for every gadget, up to date with the renderer (npx tsx dev/gen-icons.ts)', () => {
    const expected = iconFiles();
    assert.deepEqual([...expected.keys()].sort(), ['counter.svg', 'gauge.svg', 'progress.svg']);
    for (const [file, svg] of expected) assert.equal(readFileSync(join(ROOT, 'static/icons', file), 'utf8'), svg, file);
  });
});

describe('the built dist/index.js under a Forge-like runtime', () => {
  let jira: JiraDouble;
  const fetches: { provider: string; path: string }[] = [];
  const g = globalThis as Record<string, unknown>;

  before(async () => {
    await buildFunctions();
    jira = await startJiraDouble({ count: (jql) => (jql === '(project = "ABC") AND (statusCategory != Done)' ? 11 : 0) });
    // Stand-in for the Forge runtime's product fetch: records who the call is made as, forwards to the double.
    g.__forge_fetch__ = async (opts: { provider: string }, path: string, init: RequestInit) => {
      fetches.push({ provider: opts.provider, path });
      return fetch(`${jira.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: 'Bearer forge' } });
    };
  });
  after(async () => {
    delete g.__forge_fetch__;
    await jira.close();
  });

  it('answers render as the user (asUser, provider "user"), with routes Jira understands', async () => {
    const { handler } = createRequire(import.meta.url)(join(ROOT, 'dist/index.js')) as { handler: (e: unknown, r: unknown) => Promise<any> };
    const event = {
      call: { functionKey: 'render', payload: { colorMode: 'dark', width: 300 } },
      context: { moduleKey: 'glance-counter', extension: { type: 'jira:dashboardGadget', gadgetConfiguration: { version: 1, kind: 'counter', source: { type: 'project', projectKey: 'ABC', preset: 'open' }, metric: { type: 'count' } } } },
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
