/**
 * Inventory of every Jira route functions/ calls, with the scope each needs (from the Jira Cloud
 * REST v3 reference). `forge lint` checks scopes online; here, adding a route fails this test until
 * it is listed with its scope — and the manifest test pins the scopes to read:jira-work.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const ROUTES: Record<string, string> = {
  'POST /rest/api/3/search/approximate-count': 'read:jira-work',
  'POST /rest/api/3/search/jql': 'read:jira-work',
  'GET /rest/api/3/filter/{}': 'read:jira-work',
  'GET /rest/api/3/version/{}': 'read:jira-work',
  'POST /rest/api/3/jql/parse?validation={}': 'read:jira-work',
  'GET /rest/api/3/field': 'read:jira-work',
  'GET /rest/api/3/project/{}/versions': 'read:jira-work',
  'GET /rest/api/3/project/search?query={}&maxResults={}&orderBy={}': 'read:jira-work',
  'GET /rest/api/3/filter/search?filterName={}&maxResults={}&orderBy={}&expand={}': 'read:jira-work',
};

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    // Comments removed: only code counts.
    const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    return e.name.endsWith('.ts') ? [{ file: relative(ROOT, path), text: code }] : [];
  });
}

describe('Jira access in functions/', () => {
  const files = sources(join(ROOT, 'functions'));

  it('every route is a route`...` template listed with its scope, all read:jira-work', () => {
    const found = new Set<string>();
    const templates = files.reduce((n, { text }) => n + (text.match(/route`/g)?.length ?? 0), 0);
    for (const { text } of files) {
      for (const m of text.matchAll(/'(GET|POST)',\s*route`([^`]*)`/g)) found.add(`${m[1]} ${m[2].replace(/\$\{[^}]*\}/g, '{}')}`);
    }
    assert.deepEqual([...found].sort(), Object.keys(ROUTES).sort());
    assert.equal(templates, found.size, 'every route`...` in functions/ is one of the listed calls');
    assert.deepEqual(new Set(Object.values(ROUTES)), new Set(['read:jira-work']));
  });

  it('only the transports talk HTTP; never asApp; paths never string-built', () => {
    for (const { file, text } of files) {
      const code = text;
      assert.doesNotMatch(code, /asApp\s*\(/, file);
      if (file !== join('functions', 'jira', 'forge-transport.ts')) assert.doesNotMatch(code, /requestJira|asUser\s*\(/, file);
      if (file !== join('functions', 'jira', 'fetch-transport.ts')) assert.doesNotMatch(code, /\bfetch\s*\(/, file);
      assert.doesNotMatch(code, /assumeTrustedRoute|routeFromAbsolute/, file);
    }
  });
});
