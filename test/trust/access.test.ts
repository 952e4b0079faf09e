/**
 * Trust promises 3 and 4: Glance reads Jira only as the viewing user, and keeps no data of its own.
 *
 * - the function as Forge builds it (@forge/bundler, build/built-function.ts): Glance's own modules call
 *   `asUser()` once (the forge transport) and `asApp()` nowhere, attributed through the bundle's
 *   source map (the rest of @forge/api, e.g. its unused web-trigger helpers, is in the bundle too);
 * - under a stand-in Forge runtime, every resolver that reads Jira (render of every metric family,
 *   trend and expected progress included, export, JQL check, every picker) issues only user-provider requests,
 *   and nothing calls the global `fetch` or any non-Jira remote;
 * - no Forge storage or other data-keeping package is a dependency (that none is imported and
 *   `api.storage` is never called: lint rules, eslint.config.js, proved by test/architecture/lint-rules.test.ts).
 *
 * (test/functions/jira-routes.test.ts scans functions/ sources: only the transports talk HTTP, no
 * asApp; test/functions/manifest.test.ts pins the scopes to read:jira-work with no storage modules.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { builtFunctionDir, requireHandler } from '../../build/built-function';
import type { ForgeHandler } from '../../support/forge-runtime';
import { startJiraDouble, type JiraDouble } from '../helpers/jira-double';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Packages that keep data (Forge storage, KVS, SQL, events/queues) or phone home. */
const DATA_PACKAGES = /^@forge\/(kvs|storage|sql|events|realtime|cache|metrics|egress)$/;

describe('no app data store: nothing to delete when the app is removed', () => {
  it('package.json depends on no storage or data-keeping package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
    assert.ok(deps.includes('@forge/api'), 'sanity: the dependency list was read');
    assert.deepEqual(
      deps.filter((d) => DATA_PACKAGES.test(d)),
      [],
    );
  });
});

/** Call sites of `pattern` in the code (not comments) of every .cjs file of `dir`, with the source each comes from. */
function callSites(dir: string, pattern: RegExp): { source: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cjs') && !f.startsWith('__forge'))
    .flatMap((file) => {
      // The export's font chunks (data only) have no source map: a match there is reported by file name.
      const mapFile = join(dir, `${file}.map`);
      const map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined;
      return readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /^\s*(\*|\/\/|\/\*)/.test(line)
            ? []
            : [...line.matchAll(pattern)].map((m) => {
                if (!map) return { source: file, text: m[0] };
                const entry = map.findEntry(i, m.index) as { originalSource?: string };
                // A package's path from `node_modules/` on, wherever the build found node_modules (a linked
                // checkout's maps say `../../other/node_modules/…`).
                const source = String(entry.originalSource)
                  .replace(/^webpack:\/\/[^/]*\/\.\//, '')
                  .replace(/^.*?\/?(node_modules\/)/, '$1');
                return { source, text: m[0] };
              }),
        );
    });
}

describe('the built Forge bundle reads Jira only as the user', () => {
  let out: string;
  let handler: ForgeHandler;
  let jira: JiraDouble;
  const g = globalThis as Record<string, unknown>;
  const productCalls: { type: unknown; provider: unknown; remote: unknown; path: string }[] = [];
  const globalFetches: string[] = [];
  let realFetch: typeof fetch;

  before(async () => {
    out = await builtFunctionDir();
    jira = await startJiraDouble({
      count: (jql) => (jql.includes('Done') ? 3 : 7),
      issues: () => [
        { id: '1', key: 'A-1', fields: { customfield_10016: 5 } },
        { id: '2', key: 'A-2', fields: { customfield_10016: 8 } },
      ],
      filters: [{ id: '10000', name: 'Open bugs', jql: 'type = Bug ORDER BY created' }],
      fields: [{ id: 'customfield_10016', name: 'Story Points', custom: true, schema: { type: 'number' } }],
      projects: [{ id: '1', key: 'ABC', name: 'Alphabet' }],
      versions: [{ id: '10', name: 'v1', projectId: 1, startDate: '2026-01-01', releaseDate: '2026-12-31' }],
    });
    realFetch = globalThis.fetch;
    // The only way out of the bundle must be Forge's product fetch; a direct fetch() is recorded and refused.
    globalThis.fetch = async (input: unknown) => {
      globalFetches.push(String(input));
      throw new Error('direct fetch refused in this test');
    };
    // Stand-in for the Forge runtime: records the provider of each product call, forwards to the double.
    g.__forge_fetch__ = async (opts: { type?: string; provider?: string; remote?: string }, path: string, init: RequestInit) => {
      productCalls.push({ type: opts.type, provider: opts.provider, remote: opts.remote, path });
      return realFetch(`${jira.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: 'Bearer forge-user' },
      });
    };
    handler = requireHandler(out);
  });

  after(async () => {
    delete g.__forge_fetch__;
    if (realFetch) globalThis.fetch = realFetch;
    await jira?.close();
  });

  it("Glance's code in the bundle calls asUser() exactly once (the Forge transport) and asApp() nowhere", () => {
    const sites = callSites(out, /\basApp\s*\(|\basUser\)?\s*\(\s*\)|__requestAtlassianAsApp\)?\s*\(/g);
    const ours = sites.filter((s) => !s.source.startsWith('node_modules/'));
    assert.deepEqual(ours, [{ source: 'functions/jira/forge-transport.ts', text: 'asUser()' }]);
    const others = [
      ...new Set(sites.filter((s) => s.source.startsWith('node_modules/')).map((s) => s.source.split('/').slice(1, 3).join('/'))),
    ];
    assert.deepEqual(others, ['@forge/api'], 'no other package makes product calls');
  });

  const gadget = (config: unknown) => ({
    // The module of the configuration's kind, as Jira sends it (the module decides the kind).
    moduleKey: `glance-${(config as { kind?: string } | undefined)?.kind ?? 'counter'}`,
    extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config },
  });
  const calls: [string, unknown, unknown][] = [
    [
      'render',
      { colorMode: 'light' },
      {
        version: 1,
        kind: 'counter',
        source: { type: 'project', projectKey: 'ABC', preset: 'open' },
        metric: { type: 'count' },
        compare: { source: { type: 'jql', jql: 'project = ABC AND created >= -14d' } },
      },
    ],
    [
      'render',
      {},
      { version: 1, kind: 'progress', source: { type: 'filter', filterId: '10000' }, metric: { type: 'ratio', segments: true } },
    ],
    [
      'render',
      {},
      { version: 1, kind: 'gauge', source: { type: 'jql', jql: 'project = ABC' }, metric: { type: 'sum', fieldId: 'customfield_10016' } },
    ],
    [
      'render',
      {},
      {
        version: 2,
        kind: 'progress',
        source: { type: 'jql', jql: 'project = ABC' },
        metric: { type: 'ratio' },
        expected: { versionId: '10' },
      },
    ],
    [
      'render',
      {},
      {
        version: 2,
        kind: 'counter',
        source: { type: 'jql', jql: 'project = ABC' },
        metric: { type: 'count' },
        trend: { series: 'created', interval: 'week', points: 4 },
      },
    ],
    ['validateJql', { jql: 'project = ABC' }, undefined],
    ['fieldOptions', {}, undefined],
    ['projectOptions', { query: 'Alph' }, undefined],
    ['filterOptions', { query: 'Open' }, undefined],
    ['versionOptions', { query: 'ABC' }, undefined],
    ['sprintOptions', { source: { type: 'jql', jql: 'project = ABC' } }, undefined],
    ['export', {}, { version: 1, kind: 'counter', source: { type: 'jql', jql: 'project = EXP' }, metric: { type: 'count' } }],
  ];

  it('every resolver that reads Jira does so as the user (provider "user", remote jira), nothing else leaves', async () => {
    for (const [functionKey, payload, config] of calls) {
      const before = productCalls.length;
      const result = await handler({ call: { functionKey, payload }, context: gadget(config) }, { principal: { accountId: 'acc-1' } });
      assert.equal(result.ok, true, `${functionKey}: ${JSON.stringify(result).slice(0, 300)}`);
      assert.ok(productCalls.length > before, `${functionKey} read Jira`);
    }
    assert.ok(productCalls.length >= 12, `${productCalls.length} product calls`);
    const kinds = new Set(productCalls.map((c) => `${c.type}/${c.provider}/${c.remote}`));
    assert.deepEqual([...kinds], ['fpp/user/jira'], 'every call: first-party product, as the user, to Jira');
    assert.deepEqual(globalFetches, [], 'no direct fetch');
    assert.equal(jira.requests.length, productCalls.length, 'every request the double saw came through the user provider');
    console.log(
      `# trust/access: ${calls.length} resolver calls on the built bundle → ${productCalls.length} Jira requests, all fpp/user/jira; ${globalFetches.length} direct fetches`,
    );
  });

  it('without a user (no principal) it refuses and makes no call at all', async () => {
    const before = productCalls.length;
    for (const [functionKey, payload, config] of calls) {
      if (functionKey === 'export') continue;
      const result = await handler({ call: { functionKey, payload }, context: gadget(config) }, {});
      assert.equal(result.ok, false, functionKey);
      assert.equal(result.code, 'UNAUTHENTICATED', `${functionKey}: ${JSON.stringify(result).slice(0, 200)}`);
    }
    assert.equal(productCalls.length, before);
  });
});
