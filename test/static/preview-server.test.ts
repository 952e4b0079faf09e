/**
 * The preview server without a browser: Forge-shaped resolver calls, the Forge CSP on the views, the
 * shim injection, refusing cross-origin writes and path escapes, a clear error for a taken port, and
 * the gadget store's optional persistence. (The browser tests drive the same server in Chromium.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { forgeCsp } from '../../dev/server/csp';
import { GadgetStore, type Gadget } from '../../dev/server/gadgets';
import { siteFromEnv } from '../../dev/server/preview';
import {
  CSP_REPORTS_PER_WINDOW,
  MAX_CSP_REPORT_BYTES,
  PortInUseError,
  startPreviewServer,
  type PreviewServer,
} from '../../dev/server/server';
import type { ForgeEvent, ForgeRuntimeArgs } from '../../support/forge-runtime';

const GADGET: Gadget = {
  id: 'g1',
  kind: 'counter',
  config: { version: 1, kind: 'counter', source: { type: 'jql', jql: 'project = A' }, metric: { type: 'count' } },
};
const ALICE = { accountId: 'acc-alice', displayName: 'Alice' };

/** A raw HTTP request with any Host header (fetch sets Host itself). */
function raw(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, url),
      { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('preview server', () => {
  let dir: string;
  let server: PreviewServer;
  const calls: [ForgeEvent, ForgeRuntimeArgs][] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'glance-preview-'));
    for (const v of ['view', 'edit']) {
      mkdirSync(join(dir, v));
      writeFileSync(
        join(dir, v, 'index.html'),
        '<!doctype html><html><head><script src="main.js" defer></script></head><body></body></html>',
      );
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
    const res = await post('/__glance/invoke', {
      gadgetId: 'g1',
      accountId: 'acc-alice',
      entryPoint: 'edit',
      functionKey: 'render',
      payload: { colorMode: 'dark' },
    });
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

  test('a request addressed to another host is refused with 421 and the address to open (DNS rebinding)', async () => {
    const n = calls.length;
    const here = new URL(server.url).host;
    for (const host of ['evil.example', `evil.example:${server.port}`, `localhost:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      for (const [method, path, body] of [
        ['GET', '/__glance/state', ''],
        ['GET', '/', ''],
        ['GET', '/view/index.html', ''],
        ['POST', '/__glance/invoke', JSON.stringify({ gadgetId: 'g1', accountId: 'acc-alice', functionKey: 'render' })],
      ]) {
        const res = await raw(server.url, method, path, { Host: host, Origin: origin(), 'Content-Type': 'application/json' }, body);
        assert.equal(res.status, 421, `${method} ${path} with Host ${host}`);
        assert.ok(res.text.includes(server.url) && !res.text.includes('acc-alice'), res.text);
      }
    }
    assert.equal(calls.length, n, 'no resolver was called');
    assert.equal((await raw(server.url, 'GET', '/__glance/state', { Host: here })).status, 200, 'the printed address works');
    assert.equal(
      (await raw(server.url, 'GET', '/__glance/state', { Host: here.toUpperCase() })).status,
      200,
      'host names are case-insensitive',
    );
  });

  test('saving a config (view.submit) replaces it', async () => {
    const config = { ...GADGET.config, title: 'Saved' };
    assert.equal((await post('/__glance/gadgets/g1', { config }, origin(), 'PUT')).status, 200);
    const state = (await (await fetch(new URL('/__glance/state', server.url))).json()) as { gadgets: Gadget[] };
    assert.deepEqual(state.gadgets[0].config, config);
    assert.equal((await post('/__glance/gadgets/g1', { config: [1] }, origin(), 'PUT')).status, 400);
  });

  test('no file outside the view directories is served', async () => {
    for (const p of [
      '/view/%2e%2e/%2e%2e/package.json',
      '/view/..%2f..%2fpackage.json',
      '/edit/%2e%2e%2fview%2fmain.js',
      '/view/missing.js',
    ]) {
      assert.equal((await fetch(new URL(p, server.url))).status, 404, p);
    }
  });

  test('a taken port gives a clear error', async () => {
    await assert.rejects(
      startPreviewServer({
        port: server.port,
        handler: async () => null,
        gadgets: new GadgetStore([]),
        users: [],
        viewDirs: { view: dir, edit: dir },
        source: { label: '' },
      }),
      (e: unknown) => e instanceof PortInUseError && /already in use.*PORT=/.test(e.message),
    );
  });
});

/** A preview server in tunnel-CSP mode over a view folder with a page, and the report-uri its views' policy names. */
async function reportingServer(lines: string[], host?: string) {
  const views = mkdtempSync(join(tmpdir(), 'glance-views-'));
  writeFileSync(join(views, 'index.html'), '<html><head></head><body></body></html>');
  const server = await startPreviewServer({
    handler: async () => null,
    gadgets: new GadgetStore([]),
    users: [],
    viewDirs: { view: views, edit: views },
    source: { label: '' },
    csp: 'tunnel',
    host,
    log: (l) => lines.push(l),
  });
  const policy = (await fetch(new URL('/view/index.html', server.url))).headers.get('content-security-policy') ?? '';
  const reportUri = /report-uri (\S+?)(;|$)/.exec(policy)?.[1] ?? '';
  return { server, reportUri, close: async () => (await server.close(), rmSync(views, { recursive: true, force: true })) };
}

const cspReportOf = (documentUri: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ 'csp-report': { 'document-uri': documentUri, 'blocked-uri': 'inline', ...extra } });

test('the CSP report endpoint is small, rate-limited and bounded, also from another origin', async () => {
  const lines: string[] = [];
  const { server, reportUri, close } = await reportingServer(lines);
  try {
    const host = new URL(server.url).host;
    const page = new URL('/view/index.html', server.url).href;
    const report = (body: string) =>
      raw(
        server.url,
        'POST',
        new URL(reportUri).pathname + new URL(reportUri).search,
        { Host: host, Origin: 'http://elsewhere.example', 'Content-Type': 'application/csp-report' },
        body,
      );
    const big = cspReportOf(page, { 'blocked-uri': 'x'.repeat(MAX_CSP_REPORT_BYTES) });
    assert.equal((await report(big)).status, 413);
    const statuses: number[] = [];
    for (let i = 0; i < CSP_REPORTS_PER_WINDOW + 10; i++)
      statuses.push(
        (await report(cspReportOf(page, { 'blocked-uri': `https://x.example/${i}`, 'script-sample': 'y'.repeat(2_000) }))).status,
      );
    assert.deepEqual(statuses.filter((s) => s === 204).length, CSP_REPORTS_PER_WINDOW - 1, 'the 413 counted towards the window too');
    assert.ok(
      statuses.slice(CSP_REPORTS_PER_WINDOW).every((s) => s === 429),
      statuses.join(' '),
    );
    assert.equal(server.cspReports.length, CSP_REPORTS_PER_WINDOW - 1);
    assert.ok(
      lines.length === CSP_REPORTS_PER_WINDOW - 1 && lines.every((l) => l.length < 700),
      `${lines.length} lines, longest ${Math.max(...lines.map((l) => l.length))}`,
    );
  } finally {
    await close();
  }
});

test("CSP reports only from the dashboard's own frames: no key or another page's report is refused and does not count", async () => {
  const lines: string[] = [];
  const { server, reportUri, close } = await reportingServer(lines);
  try {
    const host = new URL(server.url).host;
    const page = new URL('/view/index.html', server.url).href;
    const post = (path: string, body: string) =>
      raw(server.url, 'POST', path, { Host: host, Origin: 'http://elsewhere.example', 'Content-Type': 'application/csp-report' }, body);
    const keyed = new URL(reportUri).pathname + new URL(reportUri).search;
    assert.match(keyed, /^\/__glance\/csp-report\?key=[0-9a-f]{32}$/);
    for (let i = 0; i < CSP_REPORTS_PER_WINDOW * 2; i++) {
      assert.equal((await post('/__glance/csp-report', cspReportOf(page))).status, 403, 'no key');
      assert.equal((await post('/__glance/csp-report?key=guess', cspReportOf(page))).status, 403, 'a wrong key');
    }
    assert.equal((await post(keyed, cspReportOf('https://evil.example/page'))).status, 400, "another page's report");
    assert.equal((await post(keyed, '{not json')).status, 400);
    assert.equal((await post(keyed, cspReportOf(page))).status, 204, 'the flood did not fill the window');
    assert.equal(server.cspReports.length, 1);
  } finally {
    await close();
  }
});

test('log lines escape control characters, C1 included (no forged lines, nothing hidden)', async () => {
  const lines: string[] = [];
  const { server, reportUri, close } = await reportingServer(lines);
  try {
    const page = new URL('/view/index.html', server.url).href;
    const sample = 'a\nglance preview: forged\u001b[2J\u0085next\u009bcsi\u2028sep\u202Eevil';
    const res = await fetch(reportUri, {
      method: 'POST',
      headers: { 'Content-Type': 'application/csp-report' },
      body: cspReportOf(page, { 'script-sample': sample }),
    });
    assert.equal(res.status, 204);
    assert.equal(lines.length, 1);
    // eslint-disable-next-line no-control-regex -- the test is about control characters
    assert.doesNotMatch(lines[0], /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202E]/);
    assert.match(lines[0], /\\u0085next\\u009bcsi\\u2028sep\\u202eevil/);
  } finally {
    await close();
  }
});

test('malformed % escapes and malformed JSON get 400, not 500', async () => {
  const { server, close } = await reportingServer([]);
  try {
    const here = new URL(server.url).origin;
    assert.equal((await fetch(new URL('/view/%E0%A4%A', server.url))).status, 400);
    const put = await fetch(new URL('/__glance/gadgets/%ZZ', server.url), {
      method: 'PUT',
      headers: { Origin: here, 'Content-Type': 'application/json' },
      body: JSON.stringify({ config: {} }),
    });
    assert.equal(put.status, 400);
    const bad = await fetch(new URL('/__glance/invoke', server.url), {
      method: 'POST',
      headers: { Origin: here, 'Content-Type': 'application/json' },
      body: '{"gadgetId": ',
    });
    assert.equal(bad.status, 400);
  } finally {
    await close();
  }
});

test("bound to every interface: the printed address is real, each address a browser used is its own origin, 0.0.0.0 is nobody's", async () => {
  const { server, reportUri, close } = await reportingServer([], '0.0.0.0');
  try {
    assert.equal(server.url, `http://127.0.0.1:${server.port}/`, 'the printed address opens in a browser');
    const invoke = (host: string, origin: string) =>
      raw(
        server.url,
        'POST',
        '/__glance/gadgets',
        { Host: host, Origin: origin, 'Content-Type': 'application/json' },
        '{"kind":"counter"}',
      );
    for (const host of [`127.0.0.1:${server.port}`, `127.0.0.2:${server.port}`, `[::1]:${server.port}`]) {
      assert.equal((await invoke(host, `http://${host}`)).status, 200, `a page at ${host} may call the API`);
      assert.equal((await invoke(host, 'http://evil.example')).status, 403, `another origin via ${host}`);
    }
    assert.equal((await invoke(`127.0.0.1:${server.port}`, `http://0.0.0.0:${server.port}`)).status, 403, 'Origin 0.0.0.0');
    assert.equal((await invoke(`0.0.0.0:${server.port}`, `http://0.0.0.0:${server.port}`)).status, 421, 'Host 0.0.0.0');
    assert.equal((await invoke(`localhost:${server.port}`, `http://localhost:${server.port}`)).status, 421, 'a name, not an address');
    // The views' report-uri names the address the page was loaded from.
    const policy = (await raw(server.url, 'GET', '/view/index.html', { Host: `127.0.0.2:${server.port}` })).status;
    assert.equal(policy, 200);
    assert.match(reportUri, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/__glance/csp-report\\?key=`));
  } finally {
    await close();
  }
});

test('only --host changes the bind address: dev/start.ts does not read HOST', () => {
  const start = readFileSync(new URL('../../dev/start.ts', import.meta.url), 'utf8');
  assert.match(start, /host: args\.host\b/);
  assert.doesNotMatch(start, /process\.env\.HOST\b/);
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
    assert.deepEqual(
      b.get(added.id),
      { id: added.id, kind: 'gauge', config: { version: 1, kind: 'gauge', title: 'new' } },
      'added gadgets come back',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('real-site settings: all three or none, https only', () => {
  assert.equal(siteFromEnv({}), undefined);
  assert.throws(() => siteFromEnv({ JIRA_BASE_URL: 'https://x.atlassian.net' }), /set all three/);
  assert.throws(() => siteFromEnv({ JIRA_BASE_URL: 'http://x.atlassian.net', JIRA_EMAIL: 'a@b', JIRA_API_TOKEN: 't' }), /https/);
  assert.deepEqual(siteFromEnv({ JIRA_BASE_URL: 'https://x.atlassian.net/jira/', JIRA_EMAIL: ' a@b ', JIRA_API_TOKEN: 't' }), {
    baseUrl: 'https://x.atlassian.net',
    email: 'a@b',
    apiToken: 't',
  });
});
