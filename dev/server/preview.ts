/**
 * Wires the local preview: data source (embedded demo Jira, or a real site from JIRA_BASE_URL +
 * JIRA_EMAIL + JIRA_API_TOKEN), the real resolvers from functions/app.ts with the fetch transport acting
 * as the chosen user, the gadget store, and the preview server. Used by `npm start` and the E2E test.
 */
import { join, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineResolvers } from '../../functions/app';
import { fetchTransport } from '../../functions/jira/fetch-transport';
import type { Transport } from '../../functions/jira/transport';
import { Resolver } from '../../functions/resolver';
import { PREVIEW_GADGETS, SITE_GADGETS } from '../dashboard/preview-gadgets';
import { startDemoJira, type DemoJira } from '../demo-jira/server';
import { readSiteUser } from '../../tools/site-user';
import { supportedLocale } from '../../i18n/locale';
import { GadgetStore, type Gadget } from './gadgets';
import type { ForgeHandler } from '../../support/forge-runtime';
import { startPreviewServer, type PreviewServer, type PreviewUser } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface PreviewOptions {
  port?: number;
  host?: string;
  /** Built views (default static/<name>/dist, built by the caller). */
  viewDirs?: { view: string; edit: string };
  /** Where saved configurations persist (undefined: memory only). Use a different file per data source. */
  configFile?: string;
  /** Environment to read JIRA_* from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Fixes the demo Jira's clock (tests). */
  now?: Date;
  gadgets?: readonly Gadget[];
  csp?: 'production' | 'tunnel';
  log?: (line: string) => void;
}

export interface Preview {
  url: string;
  server: PreviewServer;
  /** Present in demo mode. */
  demo?: DemoJira;
  users: readonly PreviewUser[];
  close(): Promise<void>;
}

interface Site {
  baseUrl: string;
  email: string;
  apiToken: string;
}

/** Reads the real-site settings; all three or none. */
export function siteFromEnv(env: NodeJS.ProcessEnv): Site | undefined {
  const baseUrl = env.JIRA_BASE_URL?.trim();
  const email = env.JIRA_EMAIL?.trim();
  const apiToken = env.JIRA_API_TOKEN?.trim();
  if (!baseUrl && !email && !apiToken) return undefined;
  if (!baseUrl || !email || !apiToken) {
    throw new Error(
      'To read a real Jira site set all three: JIRA_BASE_URL (https://your-site.atlassian.net), JIRA_EMAIL and JIRA_API_TOKEN.',
    );
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`JIRA_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    throw new Error('JIRA_BASE_URL must use https:// (the API token is sent with every request).');
  }
  return { baseUrl: url.origin, email, apiToken };
}

/** Starts the data source, the resolvers and the preview server. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const site = siteFromEnv(options.env ?? process.env);
  let demo: DemoJira | undefined;
  let users: PreviewUser[];
  let transportFor: (accountId: string) => Transport;
  let source: { label: string; siteUrl?: string };
  if (site) {
    // Who the token belongs to (the cache is keyed by a real accountId), with the zone and locale the views' context carries.
    const me = await readSiteUser(site);
    users = [me];
    const transport = fetchTransport(site);
    transportFor = (accountId) => {
      if (accountId !== me.accountId) throw new Error('unknown preview user');
      return transport;
    };
    source = { label: `Jira site ${site.baseUrl} as ${me.displayName}`, siteUrl: site.baseUrl };
  } else {
    demo = await startDemoJira({ now: options.now });
    const byId = new Map(demo.users.map((u) => [u.accountId, u]));
    const baseUrl = demo.url;
    // Each demo user's profile zone and locale, as the demo's /myself says them (read directly: fault injection must not stop the start).
    users = demo.users.map((u) => ({
      accountId: u.accountId,
      displayName: u.displayName,
      timeZone: u.timeZone,
      locale: supportedLocale(u.locale),
    }));
    transportFor = (accountId) => {
      const u = byId.get(accountId);
      if (!u) throw new Error('unknown preview user');
      return fetchTransport({ baseUrl, email: u.email, apiToken: u.apiToken });
    };
    source = { label: `Embedded demo Jira (${demo.dataset.issues.length.toLocaleString('en-US')} issues)` };
  }

  const resolver = new Resolver();
  // A fixed `now` (tests) anchors the resolvers' clock too, so ages, due dates, trend windows and expected
  // progress are computed on the demo data's day; it keeps running, so time still passes.
  const anchor = options.now?.getTime();
  const started = Date.now();
  const now = anchor === undefined || site ? undefined : () => anchor + (Date.now() - started);
  defineResolvers(resolver, { transportFor, now });
  const handler = resolver.getDefinitions() as unknown as ForgeHandler;
  try {
    const server = await startPreviewServer({
      port: options.port,
      host: options.host,
      handler,
      users,
      source,
      gadgets: new GadgetStore(options.gadgets ?? (site ? SITE_GADGETS : PREVIEW_GADGETS), options.configFile),
      viewDirs: options.viewDirs ?? { view: join(ROOT, 'static/view/dist'), edit: join(ROOT, 'static/edit/dist') },
      csp: options.csp,
      log: options.log,
    });
    return {
      url: server.url,
      server,
      demo,
      users,
      close: async () => {
        await server.close();
        await demo?.close();
      },
    };
  } catch (error) {
    await demo?.close();
    throw error;
  }
}
