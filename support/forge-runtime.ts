/**
 * A stand-in for the Forge runtime, enough for `@forge/api`'s product fetch: the global
 * `__forge_fetch__` that `api.asUser().requestJira` calls (node_modules/@forge/api/out/api/fetch.js,
 * `__fetchProduct`). In Forge the runtime binds each invocation's context with an AsyncLocalStorage
 * (`bindInvocationContext` in node_modules/@forge/api/out/api/runtime.js); here `invoke` does the same,
 * so a product call goes to the Jira of the site (installContext) whose invocation made it — also
 * when one function instance serves several sites at once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The event Forge passes a function handler: the call the view's `invoke` made, and the module's context. */
export interface ForgeEvent {
  call: { functionKey: string; payload?: unknown };
  context: Record<string, unknown>;
}

/** The runtime argument Forge passes a function handler: the user (if any) and the site. */
export interface ForgeRuntimeArgs {
  principal?: { accountId?: string };
  installContext?: string;
}

/**
 * A Forge function handler as the runtime calls it, `handler(event, runtime)`: what `@forge/resolver`'s
 * `getDefinitions()` returns and the built bundle exports. The one definition (dev/, build/,
 * support/, test/, bench/).
 */
export type ForgeHandler = (event: ForgeEvent, runtime: ForgeRuntimeArgs) => Promise<any>;

/** One product call as the runtime saw it. */
export interface ProductCall {
  installation: string | undefined;
  accountId: string | undefined;
  type: unknown;
  provider: unknown;
  remote: unknown;
  path: string;
}

export interface ForgeRuntime {
  /**
   * Invokes `handler` as Forge does, `handler(event, runtime)`, with `runtime.installContext` =
   * `installation` and `runtime.principal.accountId` = `accountId` (null: no principal).
   */
  invoke(handler: ForgeHandler, installation: string, accountId: string | null, event: ForgeEvent): Promise<any>;
  /**
   * The product calls that reached Jira (a response came back), in the order they were answered. A
   * fetch that failed on the network (e.g. a reset keep-alive socket, which the Jira client retries)
   * never reached Jira: it is in {@link ForgeRuntime.failed}, not here, so `calls` matches what Jira
   * itself counted.
   */
  calls: ProductCall[];
  /** The product calls whose fetch failed without a response. */
  failed: ProductCall[];
  /** Removes the globals again. */
  uninstall(): void;
}

interface Invocation {
  installation: string;
  accountId: string | null;
}

/**
 * Installs the runtime globals. `jiraFor(installation)` is the base URL of that site's Jira; each
 * request carries `authFor(accountId)`, by default Basic auth `<accountId>@example.com` so a Jira
 * double can tell users apart.
 */
export function installForgeRuntime(
  jiraFor: (installation: string | undefined) => string,
  authFor: (accountId: string | null | undefined) => string = (accountId) =>
    `Basic ${Buffer.from(`${accountId}@example.com:t`).toString('base64')}`,
): ForgeRuntime {
  const g = globalThis as Record<string, unknown>;
  const current = new AsyncLocalStorage<Invocation>();
  const calls: ProductCall[] = [];
  const failed: ProductCall[] = [];
  g.__forge_fetch__ = async (opts: { type?: unknown; provider?: unknown; remote?: unknown }, path: string, init: RequestInit) => {
    const invocation = current.getStore();
    const call: ProductCall = {
      installation: invocation?.installation,
      accountId: invocation?.accountId ?? undefined,
      type: opts.type,
      provider: opts.provider,
      remote: opts.remote,
      path,
    };
    const auth = authFor(invocation?.accountId);
    try {
      const response = await fetch(`${jiraFor(invocation?.installation)}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: auth },
      });
      calls.push(call);
      return response;
    } catch (e) {
      failed.push(call);
      throw e;
    }
  };
  return {
    calls,
    failed,
    invoke(handler, installation, accountId, event) {
      const runtime = { installContext: installation, ...(accountId === null ? {} : { principal: { accountId } }) };
      return current.run({ installation, accountId }, () => handler(event, runtime));
    },
    uninstall() {
      delete g.__forge_fetch__;
    },
  };
}
