/**
 * Identical Jira reads in flight at the same moment, for the same installation and user, share one
 * request; the entry is dropped the moment the read completes, so nothing read from Jira outlives
 * the request that read it. There is no cache: a read that starts after another finished goes to
 * Jira again (the last good picture lives in the viewer's own page, static/view/keep.ts).
 *
 * Why nothing is kept: under Forge's shared responsibility model
 * (https://developer.atlassian.com/platform/forge/shared-responsibility-model/) the app keeps tenant
 * data isolated; Atlassian's "Tenant data isolation in Forge apps"
 * (https://developer.atlassian.com/platform/forge/tenant-data-isolation/) explains that a warm runtime
 * keeps module-level variables and in-memory caches across invocations of different tenants and asks
 * to scope data to a single invocation (a cache keyed by installation with a time-to-live being the
 * weaker option), and its multitenancy guide says to consider "not storing customer data beyond the
 * scope of a single invocation, avoiding global variables"
 * (https://developer.atlassian.com/developer-guide/multitenancy/). Glance's privacy statements
 * promise that data used to answer a request is deleted once the request completes.
 *
 * One Forge runtime serves many Jira sites, and Atlassian account ids are global, so a shared read is
 * keyed by (installation, accountId, key): no site or user ever joins another's read, and a call
 * without both shares nothing.
 */
import { createHash } from 'node:crypto';

/** Who a read acts for: one Atlassian account on one Jira site (Forge installation). */
export interface Owner {
  /** The resolver request's `context.installContext`, e.g. `ari:cloud:jira::site/<cloudId>`. */
  installation: string;
  accountId: string;
}

/** A read and when it started (ms since the epoch). */
export interface Shared<T> {
  value: T;
  at: number;
}

/** The reads in flight of one function instance, per (installation, user, key); empty between requests. */
export class InFlight {
  private readonly pending = new Map<string, Promise<Shared<unknown>>>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * The pending read of `key` for `owner` if there is one, else `load()`, shared with identical
   * calls until it settles (value or failure), then forgotten. Without an owner `load` runs unshared.
   */
  share<T>(owner: Owner | undefined, key: unknown, load: () => Promise<T>): Promise<Shared<T>> {
    const at = this.now();
    if (!owner) return load().then((value) => ({ value, at }));
    const id = flightKey(owner, key);
    const running = this.pending.get(id);
    if (running) return running as Promise<Shared<T>>;
    const promise = load()
      .then((value) => ({ value, at }))
      .finally(() => this.pending.delete(id));
    this.pending.set(id, promise);
    return promise;
  }

  /**
   * The reads of one request: each key is read once for the whole request (a saved filter's JQL that
   * the value and its link both need), shared in flight with the owner's other requests, and dropped
   * with the request — the returned function is the request's own, never kept.
   */
  forRequest(owner: Owner | undefined): <T>(key: unknown, load: () => Promise<T>) => Promise<Shared<T>> {
    const mine = new Map<string, Promise<Shared<unknown>>>();
    return <T>(key: unknown, load: () => Promise<T>) => {
      const id = canonicalJson(key);
      let read = mine.get(id);
      if (!read) {
        read = this.share(owner, key, load);
        mine.set(id, read);
      }
      return read as Promise<Shared<T>>;
    };
  }

  /** Reads in flight now (0 whenever no request is running). */
  get size(): number {
    return this.pending.size;
  }
}

/** The owner (JSON, so no separator can be forged) + SHA-256 of the key's canonical JSON. */
export function flightKey(owner: Owner, key: unknown): string {
  return `${JSON.stringify([owner.installation, owner.accountId])}${createHash('sha256').update(canonicalJson(key)).digest('hex')}`;
}

/** JSON with object keys sorted and undefined members dropped, so equal configs hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
