/**
 * The preview server without a browser: Forge-shaped resolver calls, the Forge CSP on the views, the
 * shim injection, refusing cross-origin writes and path escapes, a clear error for a taken port, and
 * the gadget store's optional persistence. (The browser tests drive the same server in Chromium.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { forgeCsp } from '../../dev/server/csp';
import { GadgetStore, type Gadget } from '../../dev/server/gadgets';
import { siteFromEnv } from '../../dev/server/preview';
import { PortInUseError, startPreviewServer, type ForgeHandler, type PreviewServer } from '../../dev/server/server';

const GADGET: Gadget = { id: 'g1', kind: 'counter', config: { version: 1, kind: 'counter', source: { type: 'jql', jql: 'project = A' }, metric: { type: 'count' } } };
const ALICE = { accountId: 'acc-alice', displayName: 'Alice' };

describe('preview server', () => {
  let dir: string;
  let server: PreviewServer;
  const calls: Parameters<ForgeHandler>[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'glance-preview-'));
    for (const v of ['view', 'edit']) {
      mkdirSync(join(dir, v));
      writeFileSync(join(dir, v, 'index.html'), '<!doctype html><html><head><script src="main.js" defer></script></head><body></body></html>');
      writeFileSync(join(dir, v, 'main.js'), '/* app */');
    }
    server = await startPreviewServer({
      handler: async (event, runtime) => {
        calls.push([event, runtime]);
        return { ok: true, echo: event.call.functionKey };
      },
      gadgets: new GadgetStore([GADGET]),
      users: [ALICE],
      viewDirs: { view: join(dir, 'view'), edit: join(dir, 'edit') },
      source: { label: 'test' },
      log: () => undefined,
    });
  });

  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const origin = () => new URL(server.url).origin;
  const post = (path: string, body: unknown, from = origin(), method = 'POST') =>
    fetch(new URL(path, server.url), { method, headers: { 'Content-Type': 'application/json', Origin: from }, body: JSON.stringify(body) });

  test('views are served with Forge’s production CSP and the bridge shim injected first', async () => {
    const res = await fetch(new URL('/view/index.html', server.url));
    assert.equal(res.headers.get('content-security-policy'), forgeCsp());
    const html = await res.text();
    assert.ok(html.indexOf('/__forge/bridge.js') < html.indexOf('main.js'));
    const shim = await fetch(new URL('/__forge/bridge.js', server.url));
    assert.match(await shim.text(), /__bridge/);
    assert.equal((await fetch(new URL('/view/main.js', server.url))).headers.get('content-security-policy'), null);
  });

  test('the dashboard page has its own strict policy', async () => {
    const res = await fetch(server.url);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'/);
    assert.match(await res.text(), /<script src="\/dashboard\.js" defer>/);
  });

  test('resolvers are called Forge-shaped: (event, runtime) with the principal and the stored config', async () => {
    const res = await post('/__glance/invoke', { gadgetId: 'g1', accountId: 'acc-alice', entryPoint: 'edit', functionKey: 'render', payload: { colorMode: 'dark' } });
    assert.deepEqual(await res.json(), { ok: true, result: { ok: true, echo: 'render' } });
    const [event, runtime] = calls.at(-1)!;
    assert.deepEqual(event.call, { functionKey: 'render', payload: { colorMode: 'dark' } });
    assert.equal(runtime.principal?.accountId, 'acc-alice');
    assert.equal(event.context.moduleKey, 'glance-counter');
    const ext = event.context.extension as { gadgetConfiguration: unknown; entryPoint: string };
    assert.deepEqual(ext.gadgetConfiguration, GADGET.config);
    assert.equal(ext.entryPoint, 'edit');
    assert.equal('accountId' in event.context, false, 'the account comes from the runtime, as in Forge');
  });

  test('an unknown user gets no principal (the resolvers refuse), an unknown gadget an error', async () => {
    await post('/__glance/invoke', { gadgetId: 'g1', accountId: 'mallory', functionKey: 'render' });
    assert.equal(calls.at(-1)![1].principal, undefined);
    const res = await post('/__glance/invoke', { gadgetId: 'nope', accountId: 'acc-alice', functionKey: 'render' });
    assert.equal(((await res.json()) as { ok: boolean }).ok, false);
  });

  test('cross-origin writes are refused', async () => {
    const n = calls.length;
    const res = await post('/__glance/invoke', { gadgetId: 'g1', accountId: 'acc-alice', functionKey: 'render' }, 'http://evil.example');
    assert.equal(res.status, 403);
    assert.equal(calls.length, n);
    assert.equal((await post('/__glance/gadgets/g1', { config: {} }, 'http://evil.example', 'PUT')).status, 403);
  });

  test('saving a config (view.submit) replaces it', async () => {
    const config = { ...GADGET.config, title: 'Saved' };
    assert.equal((await post('/__glance/gadgets/g1', { config }, origin(), 'PUT')).status, 200);
    const state = (await (await fetch(new URL('/__glance/state', server.url))).json()) as { gadgets: Gadget[] };
    assert.deepEqual(state.gadgets[0]!.config, config);
    assert.equal((await post('/__glance/gadgets/g1', { config: [1] }, origin(), 'PUT')).status, 400);
  });

  test('no file outside the view directories is served', async () => {
    for (const p of ['/view/%2e%2e/%2e%2e/package.json', '/view/..%2f..%2fpackage.json', '/edit/%2e%2e%2fview%2fmain.js', '/view/missing.js']) {
      assert.equal((await fetch(new URL(p, server.url))).status, 404, p);
    }
  });

  test('a taken port gives a clear error', async () => {
    await assert.rejects(
      startPreviewServer({ port: server.port, handler: async () => null, gadgets: new GadgetStore([]), users: [], viewDirs: { view: dir, edit: dir }, source: { label: '' } }),
      (e: unknown) => e instanceof PortInUseError && /already in use.*PORT=/.test(e.message),
    );
  });
});

test('gadget store persists saved configs to its file and reads them back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glance-store-'));
  try {
    const file = join(dir, '.glance/configs.json');
    const a = new GadgetStore([GADGET], file);
    a.save('g1', { version: 1, title: 'kept' });
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { g1: { version: 1, title: 'kept' } });
    assert.deepEqual(new GadgetStore([GADGET], file).get('g1')!.config, { version: 1, title: 'kept' });
    assert.deepEqual(new GadgetStore([GADGET]).get('g1')!.config, GADGET.config, 'memory-only store starts from the presets');
    const added = a.add('gauge');
    assert.deepEqual(added.config, {}, 'a new gadget is unconfigured');
    a.save(added.id, { version: 1, kind: 'gauge', title: 'new' });
    const b = new GadgetStore([GADGET], file);
    assert.deepEqual(b.get(added.id), { id: added.id, kind: 'gauge', config: { version: 1, kind: 'gauge', title: 'new' } }, 'added gadgets come back');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('real-site settings: all three or none, https only', () => {
  assert.equal(siteFromEnv({}), undefined);
  assert.throws(() => siteFromEnv({ JIRA_BASE_URL: 'https://x.atlassian.net' }), /set all three/);
  assert.throws(() => siteFromEnv({ JIRA_BASE_URL: 'http://x.atlassian.net', JIRA_EMAIL: 'a@b', JIRA_API_TOKEN: 't' }), /https/);
  assert.deepEqual(siteFromEnv({ JIRA_BASE_URL: 'https://x.atlassian.net/jira/', JIRA_EMAIL: ' a@b ', JIRA_API_TOKEN: 't' }), { baseUrl: 'https://x.atlassian.net', email: 'a@b', apiToken: 't' });
});
