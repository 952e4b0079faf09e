/** Calls a resolver handler exactly as Forge does: `handler(event, runtime)`. */
import type { Transport } from '../functions/jira/transport';
import { defineResolvers, type AppDeps } from '../functions/app';
import { fetchTransport } from '../functions/jira/fetch-transport';
import { RateLimits } from '../functions/jira/rate-limits';
import { Resolver } from '../functions/resolver';

export type Handler = ReturnType<Resolver['getDefinitions']>;

export interface CallOptions {
  /** The invoking user (runtime.principal.accountId); null = no principal. */
  accountId?: string | null;
  /** The installation (runtime.installContext); null = none. Default: one fixed site. */
  installContext?: string | null;
  gadgetConfiguration?: unknown;
  /** The gadget's module (it decides the kind). Default: the module of the configuration's kind, else the counter's. */
  moduleKey?: string;
}

/**
 * Builds the real handler wired to the Jira double: each accountId gets Basic auth `<accountId>@example.com`.
 * Each handler is one function instance, with its own rate-limit state unless `deps.rateLimits` is given.
 */
export function handlerFor(baseUrl: string, deps: Partial<AppDeps> = {}): Handler {
  const resolver = new Resolver();
  const transportFor = (accountId: string): Transport => fetchTransport({ baseUrl, email: `${accountId}@example.com`, apiToken: 'token' });
  defineResolvers(resolver, { transportFor, rateLimits: new RateLimits(), ...deps });
  return resolver.getDefinitions();
}

/** Invokes `functionKey` with a Forge-shaped event (jira:dashboardGadget context) and runtime. */
export async function call<T = any>(handler: Handler, functionKey: string, payload: unknown, options: CallOptions = {}): Promise<T> {
  const accountId = options.accountId === undefined ? 'ann' : options.accountId;
  const event = {
    call: { functionKey, payload },
    context: {
      // Forge overwrites an accountId here with the runtime principal's; a spoofed one must not count.
      accountId: 'spoofed-in-event',
      cloudId: 'cloud-1',
      moduleKey: options.moduleKey ?? moduleOf(options.gadgetConfiguration ?? (payload as { config?: unknown } | null)?.config),
      localId: 'ari:cloud:ecosystem::extension/app/env/static/glance-counter-gadget-1',
      environmentId: 'env-1',
      environmentType: 'DEVELOPMENT',
      extension: {
        type: 'jira:dashboardGadget',
        dashboard: { id: '10000' },
        gadget: { id: '10001' },
        gadgetConfiguration: options.gadgetConfiguration,
      },
    },
  };
  const installContext = options.installContext === undefined ? 'ari:cloud:jira::site/cloud-1' : options.installContext;
  const runtime = {
    ...(installContext === null ? {} : { installContext }),
    ...(accountId === null ? {} : { principal: { accountId } }),
  };
  return (await handler(event, runtime)) as T;
}

/** The module a configuration of this kind was saved from (Jira shows one gadget module per kind). */
function moduleOf(config: unknown): string {
  const kind = typeof config === 'object' && config !== null ? (config as { kind?: unknown }).kind : undefined;
  return `glance-${kind === 'gauge' || kind === 'progress' ? kind : 'counter'}`;
}
