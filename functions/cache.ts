/**
 * The only cache: short-lived, in memory, per installation and user. One Forge runtime serves many
 * Jira sites, and Atlassian account ids are global (the same person on two sites has one id), so
 * every entry is keyed by (installation, accountId, key): no site or user is ever served another's
 * value, and a call without both gets no cache at all. Identical loads in flight are shared; every
 * cache of an instance draws on one {@link ByteBudget}, which evicts the least recently used first.
 *
 * Module state rule (docs/architecture.md, "Isolation"): state that outlives a call is keyed by
 * installation and user, or holds nothing read from Jira or derived from a user's input.
 */
import { createHash } from 'node:crypto';
import { estimateBytes, type ByteBudget } from './cache-budget';

/** Who cached data belongs to: one Atlassian account on one Jira site (Forge installation). */
export interface Owner {
  /** The resolver request's `context.installContext`, e.g. `ari:cloud:jira::site/<cloudId>`. */
  installation: string;
  accountId: string;
}

export interface CacheOptions<T> {
  /** How long after its load started an entry is served by {@link UserCache.get}. */
  ttlMs: number;
  /** How long an entry is kept at all, for {@link UserCache.peek} (default `ttlMs`; never less). */
  retainMs?: number;
  /** The byte budget shared by all caches of the function instance. */
  budget: ByteBudget;
  /** Size of a value in bytes (default {@link estimateBytes}); the key and bookkeeping are added. */
  sizeOf?: (value: T) => number;
  now?: () => number;
}

export interface Cached<T> {
  value: T;
  /** When the value's load started (ms since the epoch). */
  at: number;
}

interface Slot<T> extends Cached<T> {
  bytes: number;
}

/** Bookkeeping per entry beyond value and key: the slot, two Map entries, the budget's charge. */
const SLOT_OVERHEAD = 200;

export class UserCache<T> {
  private readonly entries = new Map<string, Slot<T>>();
  private readonly inFlight = new Map<string, Promise<Cached<T>>>();
  private readonly now: () => number;
  private readonly retainMs: number;
  private readonly sizeOf: (value: T) => number;
  private held = 0;

  constructor(private readonly options: CacheOptions<T>) {
    this.now = options.now ?? Date.now;
    this.retainMs = Math.max(options.ttlMs, options.retainMs ?? options.ttlMs);
    this.sizeOf = options.sizeOf ?? estimateBytes;
  }

  /**
   * The value of `key` for `owner`: a fresh entry (younger than `ttlMs`), the pending load of the
   * same key, or the result of `load`, which is then stored. Without an owner `load` runs uncached.
   * Failures are not cached; a value too big for the budget is returned but not kept.
   */
  async get(owner: Owner | undefined, key: unknown, load: () => Promise<T>): Promise<Cached<T>> {
    if (!owner) return { at: this.now(), value: await load() };
    const id = cacheKey(owner, key);
    const hit = this.entries.get(id);
    if (hit && this.now() - hit.at < this.options.ttlMs) {
      this.options.budget.touch(hit);
      return { value: hit.value, at: hit.at };
    }
    const pending = this.inFlight.get(id);
    if (pending) return pending;
    const promise = (async (): Promise<Cached<T>> => {
      const at = this.now();
      const value = await load();
      return this.store(id, value, at);
    })().finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, promise);
    return promise;
  }

  /** The stored entry of `key` for `owner` even when older than `ttlMs` (up to `retainMs`), without loading. */
  peek(owner: Owner, key: unknown): Cached<T> | undefined {
    const slot = this.entries.get(cacheKey(owner, key));
    return slot && this.now() - slot.at < this.retainMs ? { value: slot.value, at: slot.at } : undefined;
  }

  /** Forgets the entry of `key` for `owner`. */
  delete(owner: Owner, key: unknown): void {
    this.drop(cacheKey(owner, key));
  }

  /** Number of stored entries. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes this cache's entries are charged for. */
  get bytes(): number {
    return this.held;
  }

  private store(id: string, value: T, at: number): Cached<T> {
    this.drop(id);
    this.sweep();
    const slot: Slot<T> = { value, at, bytes: this.sizeOf(value) + 2 * id.length + SLOT_OVERHEAD };
    const kept = this.options.budget.charge(slot, slot.bytes, () => {
      if (this.entries.get(id) !== slot) return;
      this.entries.delete(id);
      this.held -= slot.bytes;
    });
    if (kept) {
      this.entries.set(id, slot);
      this.held += slot.bytes;
    }
    return { value, at };
  }

  private drop(id: string): void {
    const slot = this.entries.get(id);
    if (!slot) return;
    this.entries.delete(id);
    this.held -= slot.bytes;
    this.options.budget.release(slot);
  }

  /** Drops entries past `retainMs` from the oldest end (entries are stored in load order). */
  private sweep(): void {
    const now = this.now();
    for (const [id, slot] of this.entries) {
      if (now - slot.at < this.retainMs) break;
      this.drop(id);
    }
  }
}

/** The owner (JSON, so no separator can be forged) + SHA-256 of the key's canonical JSON. */
export function cacheKey(owner: Owner, key: unknown): string {
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
