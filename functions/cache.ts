/**
 * The only cache: in memory, per user. Entries live `ttlMs` (a dashboard's gadgets, refreshes and
 * preview keystrokes share one Jira read) and identical reads in flight are shared. Keys always
 * start with the accountId, so one user's numbers are never served to another.
 */
import { createHash } from 'node:crypto';

export interface CacheOptions {
  ttlMs: number;
  /** Oldest entries are dropped beyond this (bounds memory in a long-lived function instance). */
  maxEntries?: number;
  now?: () => number;
}

export interface Cached<T> {
  value: T;
  /** When the value was read (ms since the epoch). */
  at: number;
}

export class UserCache<T> {
  private readonly entries = new Map<string, Cached<T>>();
  private readonly inFlight = new Map<string, Promise<Cached<T>>>();
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The cached value for (accountId, key), or the result of `load` (shared with concurrent identical
   * calls). Failures are not cached.
   */
  async get(accountId: string, key: unknown, load: () => Promise<T>): Promise<Cached<T>> {
    if (accountId === '') throw new Error('UserCache needs an accountId');
    const id = cacheKey(accountId, key);
    const hit = this.entries.get(id);
    if (hit && this.now() - hit.at < this.options.ttlMs) return hit;
    if (hit) this.entries.delete(id);
    const pending = this.inFlight.get(id);
    if (pending) return pending;
    const promise = (async () => {
      const at = this.now();
      const value = await load();
      const entry = { value, at };
      this.entries.set(id, entry);
      this.evict();
      return entry;
    })().finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, promise);
    return promise;
  }

  /** Number of live entries (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  private evict(): void {
    const max = this.options.maxEntries ?? 1000;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= max) break;
      this.entries.delete(oldest);
    }
  }
}

/** `accountId` + SHA-256 of the key's canonical JSON (object keys sorted). */
export function cacheKey(accountId: string, key: unknown): string {
  return `${accountId}:${createHash('sha256').update(canonicalJson(key)).digest('hex')}`;
}

/** JSON with object keys sorted and undefined members dropped, so equal configs hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
