/**
 * Who a resolver call acts for: the installation (Jira site) and the user. Both come from the Forge
 * runtime, never from the event's context that the browser's invoke influences: `@forge/resolver`
 * 2.0.1 (node_modules/@forge/resolver/out/index.js, `getDefinitions()`) calls a definition with
 *
 *     context: { ...context, installContext: backendRuntimePayload?.installContext,
 *                accountId: backendRuntimePayload?.principal?.accountId, ... }
 *
 * where `backendRuntimePayload` is the handler's second argument, so an `accountId` or
 * `installContext` in the event is overwritten. installContext is the installation's site ARI
 * (`ari:cloud:jira::site/<cloudId>`).
 */
import type { Owner } from './in-flight';

const MAX_ID = 1_000;

/** The invoking user's accountId, or undefined when Forge gave no principal. */
export function accountOf(context: Record<string, unknown> | undefined): string | undefined {
  return usable(context?.accountId);
}

/** The (installation, accountId) every shared read is keyed by, or undefined: then nothing is shared. */
export function ownerOf(context: Record<string, unknown> | undefined): Owner | undefined {
  const installation = usable(context?.installContext);
  const accountId = accountOf(context);
  return installation && accountId ? { installation, accountId } : undefined;
}

function usable(id: unknown): string | undefined {
  return typeof id === 'string' && id !== '' && id.length <= MAX_ID ? id : undefined;
}
