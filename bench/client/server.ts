/**
 * The client benchmark's local server. `/host/<page>` is a Jira-like host page framing
 * `/pages/<page>/index.html` (served with the production Forge CSP and the preview's bridge shim
 * injected, like dev/server/server.ts does); `/invoke` answers the resolvers the pages call.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgeCsp } from '../../dev/server/csp';
import type { PageName } from './build';
import { GAUGE_DATA, renderResult } from './data';

const HERE = dirname(fileURLToPath(import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'es2020',
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

/** Host page for one gadget page: a 320 px frame, as wide as a narrow dashboard column. */
const hostHtml = (page: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><script src="/host.js"></script></head>` +
  `<body><iframe src="/pages/${page}/index.html" width="320" height="260" title="gadget"></iframe></body></html>`;

/** A dashboard: `n` frames of the page in a grid of 320 px columns. */
const dashboardHtml = (page: string, n: number): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dashboard</title><script src="/host.js"></script></head><body>` +
  Array.from(
    { length: n },
    (_, i) => `<iframe src="/pages/${page}/index.html" width="320" height="260" title="gadget ${i + 1}"></iframe>`,
  ).join('') +
  `</body></html>`;

/** Serves the built pages (`dirs`) on an ephemeral 127.0.0.1 port. */
export async function startBenchServer(dirs: Record<PageName, string>): Promise<BenchServer> {
  const shimJs = await bundle(join(HERE, '../../dev/bridge-shim/bridge.ts'));
  const hostJs = await bundle(join(HERE, 'host.ts'));
  const policy = forgeCsp();
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, csp?: string) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/invoke') {
      const chunks: Uint8Array[] = [];
      req.on('data', (c: Uint8Array) => chunks.push(c));
      req.on('end', () => {
        const { functionKey, payload } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          functionKey: string;
          payload: Record<string, unknown>;
        };
        const value = functionKey === 'render' ? renderResult(payload ?? {}) : functionKey === 'reading' ? GAUGE_DATA : { ok: false };
        send(res, 200, 'application/json', JSON.stringify(value));
      });
      return;
    }
    if (path === '/host.js') return send(res, 200, TYPES['.js'], hostJs);
    if (path === '/__forge/bridge.js') return send(res, 200, TYPES['.js'], shimJs);
    const host = /^\/host\/([a-z]+)$/.exec(path);
    if (host && host[1] in dirs) return send(res, 200, TYPES['.html'], hostHtml(host[1]));
    const dash = /^\/dashboard\/([a-z]+)\/(\d+)$/.exec(path);
    if (dash && dash[1] in dirs) return send(res, 200, TYPES['.html'], dashboardHtml(dash[1], Math.min(50, Number(dash[2]))));
    const page = /^\/pages\/([a-z]+)\/([\w.-]+)$/.exec(path);
    if (page && page[1] in dirs && !page[2].startsWith('.')) {
      const file = normalize(join(dirs[page[1] as PageName], page[2]));
      let body: string | Buffer;
      try {
        body = readFileSync(file);
      } catch {
        return send(res, 404, 'text/plain', 'Not found');
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        body = body.toString('utf8').replace('<head>', '<head>\n<script src="/__forge/bridge.js"></script>');
        return send(res, 200, type, body, policy);
      }
      return send(res, 200, type, body);
    }
    send(res, 404, 'text/plain', 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
