/**
 * Function instances of the built function (@forge/bundler's output, build/built-function.ts) for the
 * benchmarks, under the Forge runtime stand-in (support/forge-runtime.ts) reading the demo
 * Jira as each demo user. `fresh()` is a new instance (its own module state, as a new Forge
 * instance has); calls are Forge-shaped `handler(event, runtime)`.
 *
 * The built function reads the clock through `Date.now`, captured when an instance loads: the clock
 * is replaced before the first load so a benchmark can move it past the cache lifetime.
 */
import { builtFunctionDir, freshHandler } from '../build/built-function';
import type { DemoUser } from '../dev/demo-jira/server';
import { installForgeRuntime, type ForgeHandler } from './forge-runtime';

type Runtime = { principal?: { accountId: string }; installContext?: string };

export interface BuiltInstances {
  /** A new function instance. */
  fresh(): ForgeHandler;
  /** Moves the clock the built function sees forward by `ms`. */
  advanceClock(ms: number): void;
  /** Removes the runtime globals and restores the clock. */
  close(): void;
}

/** Instances whose product calls go to `jiraUrl` (e.g. the demo Jira or a proxy in front of it; a function: read per call) as the invoking demo user. */
export async function builtInstances(jiraUrl: string | (() => string), users: readonly DemoUser[]): Promise<BuiltInstances> {
  const dir = await builtFunctionDir();
  const byId = new Map(users.map((u) => [u.accountId, u]));
  const runtime = installForgeRuntime(typeof jiraUrl === 'string' ? () => jiraUrl : jiraUrl, (accountId) => {
    const u = byId.get(accountId ?? '');
    return u ? `Basic ${Buffer.from(`${u.email}:${u.apiToken}`).toString('base64')}` : '';
  });
  const realNow = Date.now;
  let offset = 0;
  Date.now = () => realNow() + offset;
  return {
    fresh() {
      const handler = freshHandler(dir);
      return (event, rt) =>
        runtime.invoke(handler, (rt as Runtime).installContext ?? '', (rt as Runtime).principal?.accountId ?? null, event);
    },
    advanceClock(ms) {
      offset += ms;
    },
    close() {
      runtime.uninstall();
      Date.now = realNow;
    },
  };
}
