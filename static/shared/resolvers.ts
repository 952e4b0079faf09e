/**
 * The resolvers, typed from the one contract (functions/contract.ts `GlanceResolvers`): `call(name,
 * payload)` takes only a known name with its payload and resolves to that resolver's result type.
 * `makeInvoke` is @forge/bridge's own typed `invoke` (7.2, out/invoke/invoke.d.ts); at run time it
 * is the same function. The views still check what comes back where a failed call could leave
 * anything else (static/shared/results.ts).
 */
import { makeInvoke } from '@forge/bridge';
import type { GlanceResolvers } from '../../functions/contract';

/** Calls a Glance resolver: a typed `invoke`. */
export const call = makeInvoke<GlanceResolvers>();
