/**
 * The local preview server: a dashboard page that frames the built Custom UI views like Jira does, each
 * under the Forge CSP, and a small API through which the frames' bridge shim reaches the resolvers.
 *
 *   GET  /                      dashboard page (dev/dashboard), its script and stylesheet
 *   GET  /view/… /edit/…        the built views; index.html gets the bridge shim script injected
 *   GET  /__forge/bridge.js     the shim (dev/bridge-shim): the host side of `@forge/bridge`
 *   GET  /__glance/state        gadgets, users, data source
 *   POST /__glance/invoke       {gadgetId, accountId, entryPoint, functionKey, payload} → resolver result
 *   POST /__glance/gadgets      {kind} → a new, unconfigured gadget
 *   PUT  /__glance/gadgets/:id  {config} → saved (view.submit)
 *   POST /__glance/csp-report   CSP violation reports (tunnel policy) → logged and counted
 *
 * It is a server holding a live API token in real-site mode, so it answers only requests addressed
 * to the address it printed (a page elsewhere cannot reach it by DNS rebinding: 421 otherwise; bound
 * to every interface, to any IP literal of the machine, whose origin is then the page's); malformed
 * requests get 400; the CSP report endpoint takes reports of its own views only (a key in their
 * policy's report-uri), small, rate-limited and bounded; log lines have control characters escaped.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DASHBOARD_CSP, forgeCsp } from './csp';
import type { GadgetStore } from './gadgets';
import { BadRequest, decodePath, isUnspecified, loggable, parseBody, reachedOrigin } from './requests';
import type { ForgeHandler } from '../../support/forge-runtime';

const DEV = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BODY = 512 * 1024;
/** A CSP report is about 1 KB; anything beyond this is refused (413). */
export const MAX_CSP_REPORT_BYTES = 16 * 1024;
/** CSP reports accepted per window; the rest get 429 and are only counted. */
export const CSP_REPORTS_PER_WINDOW = 20;
export const CSP_REPORT_WINDOW_MS = 10_000;
/** Reports kept for `cspReports`, and characters of one report written to the log. */
const KEPT_CSP_REPORTS = 100;
const LOGGED_REPORT_CHARS = 500;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface PreviewUser {
  accountId: string;
  displayName: string;
  /** The profile's IANA time zone and BCP 47 locale, which the views' Forge context carries. */
  timeZone?: string;
  locale?: string;
}

export interface PreviewServerOptions {
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The resolver function, called in-process as Forge would. */
  handler: ForgeHandler;
  gadgets: GadgetStore;
  users: readonly PreviewUser[];
  /** Built views: directories holding index.html, main.js and the stylesheet. */
  viewDirs: { view: string; edit: string };
  /** Shown on the dashboard: where the data comes from. */
  source: { label: string; siteUrl?: string };
  /** `production` (default): exactly Forge's policy. `tunnel`: report violations to this server. */
  csp?: 'production' | 'tunnel';
  log?: (line: string) => void;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** CSP violation reports received (tunnel policy only; the first 100). */
  cspReports: unknown[];
  close(): Promise<void>;
}

/** Thrown when the port is taken, with a message that says what to do. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use. Stop the other process or choose another port: PORT=5174 npm start (or npm start -- --port 5174).`,
    );
  }
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

/** Starts the preview server; resolves once it listens. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const write = options.log ?? ((line: string) => console.log(line));
  // Every line through one door: whatever a request said is written with its control characters escaped.
  const log = (line: string) => write(loggable(line));
  const [shimJs, dashboardJs] = await Promise.all([
    bundle(join(DEV, 'bridge-shim/bridge.ts')),
    bundle(join(DEV, 'dashboard/dashboard.ts')),
  ]);
  const assets: Record<string, { type: string; body: string }> = {
    '/': { type: TYPES['.html'], body: readFileSync(join(DEV, 'dashboard/index.html'), 'utf8') },
    '/dashboard.js': { type: TYPES['.js'], body: dashboardJs },
    '/dashboard.css': { type: TYPES['.css'], body: readFileSync(join(DEV, 'dashboard/dashboard.css'), 'utf8') },
    '/__forge/bridge.js': { type: TYPES['.js'], body: shimJs },
  };
  const cspReports: unknown[] = [];
  const bound = options.host ?? '127.0.0.1';
  // Bound to every interface, the server answers at whichever address a request reached (origin()).
  const everywhere = isUnspecified(bound);
  // CSP reports are accepted only with this key, which only the views' own policy header carries.
  const reportKey = randomBytes(16).toString('hex');
  const policies = new Map<string, string>();
  const policyFor = (at: string): string => {
    if (options.csp !== 'tunnel') return forgeCsp();
    if (!policies.has(at)) policies.set(at, forgeCsp({ reportUri: `${at}/__glance/csp-report?key=${reportKey}` }));
    return policies.get(at)!;
  };
  let origin = '';
  let hostPort = '';
  let port = 0;
  const reportWindow = { start: 0, accepted: 0, refused: 0 };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`glance preview: ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent && error instanceof BadRequest) send(res, 400, 'application/json', JSON.stringify({ error: error.message }));
      else if (!res.headersSent && error instanceof BodyTooLarge)
        send(res, 413, 'application/json', JSON.stringify({ error: 'request body too large' }));
      else if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: 'internal error' }));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const here = originOf(req.headers.host);
    if (here === undefined) {
      return send(
        res,
        421,
        'text/plain; charset=utf-8',
        `This is the Glance preview at ${origin}/ and it answers only there: the request was addressed to "${String(req.headers.host ?? '').slice(0, 100)}". Open ${origin}/ instead.\n`,
      );
    }
    const url = new URL(req.url ?? '/', here);
    const path = url.pathname;
    if (req.method === 'GET' && assets[path]) {
      const a = assets[path];
      return send(res, 200, a.type, a.body, path === '/' ? DASHBOARD_CSP : undefined);
    }
    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (req.method === 'GET' && (path.startsWith('/view/') || path.startsWith('/edit/'))) return serveView(res, path, here);
    if (path.startsWith('/__glance/')) {
      // A page on another origin must not drive the resolvers as a demo user.
      const from = req.headers.origin;
      if (req.method !== 'GET' && from !== here && path !== '/__glance/csp-report')
        return send(res, 403, 'application/json', '{"error":"cross-origin request refused"}');
      if (req.method === 'GET' && path === '/__glance/state') return json(res, 200, state());
      if (req.method === 'POST' && path === '/__glance/invoke') return json(res, 200, await invoke(await readJson(req)));
      if (req.method === 'POST' && path === '/__glance/gadgets') {
        const kind = ((await readJson(req)) as { kind?: unknown })?.kind;
        if (kind !== 'gauge' && kind !== 'counter' && kind !== 'progress')
          return json(res, 400, { error: 'kind must be gauge, counter or progress' });
        const g = options.gadgets.add(kind);
        return json(res, 200, { id: g.id, kind: g.kind, config: g.config });
      }
      if (req.method === 'PUT' && path.startsWith('/__glance/gadgets/')) {
        const body = (await readJson(req)) as { config?: unknown };
        const config = body?.config;
        if (typeof config !== 'object' || config === null || Array.isArray(config))
          return json(res, 400, { error: 'config must be an object' });
        const ok = options.gadgets.save(decodePath(path.slice('/__glance/gadgets/'.length)), config as Record<string, unknown>);
        return json(res, ok ? 200 : 404, { ok });
      }
      if (req.method === 'POST' && path === '/__glance/csp-report') return cspReport(req, res, url);
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  /**
   * The origin a request reached, or undefined when it was addressed elsewhere (421). Bound to one
   * address, the Host header must name the printed one (host:port). Bound to every interface, any IP
   * literal with our port but the unspecified address will do: an IP literal cannot be re-pointed by
   * DNS, a name can; and the page's origin is then that address (so a browser at 127.0.0.1 or at the
   * LAN address may call the API, and "Origin: http://0.0.0.0:port" is nobody's).
   */
  function originOf(host: string | undefined): string | undefined {
    if (everywhere) return reachedOrigin(host, port);
    return (host ?? '').toLowerCase() === hostPort ? origin : undefined;
  }

  /**
   * A CSP report from the dashboard's own frames: it must carry the key of the views' policy (403
   * otherwise, before it counts) and name a view or edit page as its document. At most 16 KB, 20 per
   * 10 s (429 beyond, counted), the first 100 kept, logged cut short.
   */
  async function cspReport(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.searchParams.get('key') !== reportKey) {
      req.resume();
      return send(res, 403, 'text/plain; charset=utf-8', 'CSP reports are accepted from the preview’s own views only.\n');
    }
    const now = Date.now();
    if (now - reportWindow.start >= CSP_REPORT_WINDOW_MS) {
      if (reportWindow.refused > 0)
        log(
          `glance preview: ${reportWindow.refused} more CSP reports refused (over ${CSP_REPORTS_PER_WINDOW} per ${CSP_REPORT_WINDOW_MS / 1000} s)`,
        );
      Object.assign(reportWindow, { start: now, accepted: 0, refused: 0 });
    }
    if (reportWindow.accepted >= CSP_REPORTS_PER_WINDOW) {
      reportWindow.refused++;
      req.resume();
      return send(res, 429, 'text/plain; charset=utf-8', 'Too many CSP reports.\n');
    }
    reportWindow.accepted++;
    let report: unknown;
    try {
      report = await readJson(req, MAX_CSP_REPORT_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return send(res, 413, 'text/plain; charset=utf-8', `A CSP report is at most ${MAX_CSP_REPORT_BYTES / 1024} KB.\n`);
      report = null;
    }
    if (!fromOurFrames(report)) return send(res, 400, 'text/plain; charset=utf-8', 'Not a CSP report of a Glance view.\n');
    if (cspReports.length < KEPT_CSP_REPORTS) cspReports.push(report);
    const text = JSON.stringify(report) ?? 'null';
    log(
      `glance preview: CSP violation ${text.length > LOGGED_REPORT_CHARS ? `${text.slice(0, LOGGED_REPORT_CHARS)}… (${text.length} characters)` : text}`,
    );
    return send(res, 204, 'text/plain', '');
  }

  /** A report-uri report (`{"csp-report": {"document-uri": …}}`) about one of our view or edit pages. */
  function fromOurFrames(report: unknown): boolean {
    const uri = (report as { 'csp-report'?: { 'document-uri'?: unknown } } | null)?.['csp-report']?.['document-uri'];
    if (typeof uri !== 'string') return false;
    try {
      const { pathname } = new URL(uri);
      return pathname.startsWith('/view/') || pathname.startsWith('/edit/');
    } catch {
      return false;
    }
  }

  function serveView(res: ServerResponse, path: string, here: string): void {
    const name = path.startsWith('/view/') ? 'view' : 'edit';
    const dir = options.viewDirs[name];
    const rel = normalize(decodePath(path.slice(name.length + 2)) || 'index.html');
    const file = resolve(dir, rel);
    if (!file.startsWith(resolve(dir) + '/') || !TYPES[extname(file)]) return send(res, 404, 'text/plain', 'Not found');
    let body: string;
    try {
      body = readFileSync(file, 'utf8');
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
    // Forge's CDN adds its bridge script to the page; here the shim plays the host side.
    if (extname(file) === '.html') body = body.replace('<head>', '<head>\n<script src="/__forge/bridge.js"></script>');
    send(res, 200, TYPES[extname(file)], body, extname(file) === '.html' ? policyFor(here) : undefined);
  }

  function state() {
    return {
      source: options.source,
      users: options.users,
      gadgets: options.gadgets.list().map((g) => ({ id: g.id, kind: g.kind, config: g.config })),
    };
  }

  async function invoke(body: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: string }> {
    const b = (body ?? {}) as { gadgetId?: string; accountId?: string; entryPoint?: string; functionKey?: string; payload?: unknown };
    const gadget = b.gadgetId ? options.gadgets.get(b.gadgetId) : undefined;
    if (!gadget || typeof b.functionKey !== 'string') return { ok: false, error: 'unknown gadget or function' };
    const user = options.users.find((u) => u.accountId === b.accountId);
    const context = {
      localId: `ari:cloud:ecosystem::extension/glance-preview/${gadget.id}`,
      cloudId: 'glance-preview',
      moduleKey: `glance-${gadget.kind}`,
      extension: {
        type: 'jira:dashboardGadget',
        gadget: { id: gadget.id },
        dashboard: { id: 'preview' },
        entryPoint: b.entryPoint === 'edit' ? 'edit' : undefined,
        gadgetConfiguration: structuredClone(gadget.config),
      },
    };
    const runtime = { principal: user ? { accountId: user.accountId } : undefined, installContext: 'ari:cloud:jira::site/glance-preview' };
    try {
      return {
        ok: true,
        result: await options.handler({ call: { functionKey: b.functionKey, payload: b.payload ?? {} }, context }, runtime),
      };
    } catch (error) {
      log(`glance preview: resolver ${b.functionKey} threw: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false, error: 'The resolver failed; see the terminal.' };
    }
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new PortInUseError(options.port ?? 0) : error),
    );
    server.listen(options.port ?? 0, bound, () => ok());
  });
  port = (server.address() as AddressInfo).port;
  // The printed address is one a browser can open: bound to every interface, the loopback one.
  const host = everywhere ? (bound.includes(':') ? '::1' : '127.0.0.1') : bound;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  hostPort = origin.slice('http://'.length).toLowerCase();

  return {
    url: `${origin}/`,
    port,
    cspReports,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string, csp?: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (csp) res.setHeader('Content-Security-Policy', csp);
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json', JSON.stringify(body));
}

class BodyTooLarge extends Error {}

async function readJson(req: IncomingMessage, max = MAX_BODY): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) {
    req.resume();
    throw new BodyTooLarge('request body too large');
  }
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) {
      req.resume();
      throw new BodyTooLarge('request body too large');
    }
    chunks.push(chunk as Buffer);
  }
  return parseBody(Buffer.concat(chunks as unknown as Uint8Array[]).toString('utf8'));
}
