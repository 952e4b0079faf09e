/**
 * The last line of "no resolver throws to the client": every resolver is defined through
 * {@link defineGuarded}, which turns anything its body throws (a bug, a stack overflow, an input no
 * check foresaw) into that resolver's own typed failure result. Forge's consent error is the one
 * exception: it must reach Forge, which then shows its "Allow access" prompt.
 */
import { NeedsAuthenticationError } from '@forge/api';
import type { Request } from '@forge/resolver';
import type { ResolverName, ResultOf } from './contract';
import { ConsentRequired } from './jira/transport';
import type { Resolver } from './resolver';

/**
 * Defines `name` on `resolver`; when `body` throws (or rejects), answers `fallback(req)` instead and
 * logs the error's message (never a stack, never the payload).
 */
export function defineGuarded<K extends ResolverName>(
  resolver: Resolver,
  name: K,
  fallback: (req: Request) => ResultOf<K>,
  body: (req: Request) => ResultOf<K> | Promise<ResultOf<K>>,
): void {
  resolver.define(name, async (req: Request): Promise<ResultOf<K>> => {
    try {
      return await body(req);
    } catch (error) {
      if (error instanceof ConsentRequired) throw error.original;
      if (error instanceof NeedsAuthenticationError) throw error;
      console.error(`glance: ${name} failed`, error instanceof Error ? error.message.slice(0, 200) : typeof error);
      return fallback(req);
    }
  });
}
