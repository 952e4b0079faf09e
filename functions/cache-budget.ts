/**
 * One memory budget, in bytes, for every cache of a function instance together. Entries are
 * charged an estimate of their size; when the total would pass the limit, the least recently used
 * entries (of any cache) are evicted first. An entry too big for its share is not cached at all.
 */

/**
 * 64 MB for all caches together, an eighth of the 512 MB Forge gives the function (manifest.yml
 * `memoryMB`). The rest holds Node and the bundle (measured: 68 MB RSS after a first render), the
 * export's satori, WebAssembly and fonts (+38 MB after a first export), the Jira pages in flight of
 * every concurrent call (an aggregation keeps one page of at most 100 issues at a time) and the
 * garbage between collections. Entry sizes are estimates (see {@link estimateBytes}), so the
 * margin is wide on purpose.
 */
export const DEFAULT_CACHE_BUDGET_BYTES = 64 * 1024 * 1024;

interface Charge {
  bytes: number;
  evict: () => void;
}

/** The shared byte budget. Recency is kept here, across caches: a Map iterates in insertion order. */
export class ByteBudget {
  private readonly charges = new Map<object, Charge>();
  private used = 0;

  /**
   * @param limitBytes the most all charged entries may add up to
   * @param maxEntryBytes the largest single entry accepted (default a sixteenth of the limit), so
   *   one huge read cannot flush everyone else's entries
   */
  constructor(
    readonly limitBytes: number,
    readonly maxEntryBytes: number = Math.floor(limitBytes / 16),
  ) {}

  /** Bytes charged now. */
  get usedBytes(): number {
    return this.used;
  }

  /**
   * Charges `bytes` for `token` (an entry object), evicting least recently used entries until the
   * total fits; `evict` is how the owning cache forgets `token` when the budget drops it. Returns
   * false (nothing charged) when the entry alone is larger than `maxEntryBytes`.
   */
  charge(token: object, bytes: number, evict: () => void): boolean {
    this.release(token);
    if (!(bytes <= this.maxEntryBytes)) return false;
    for (const [oldest, charge] of this.charges) {
      if (this.used + bytes <= this.limitBytes) break;
      this.charges.delete(oldest);
      this.used -= charge.bytes;
      charge.evict();
    }
    this.charges.set(token, { bytes, evict });
    this.used += bytes;
    return true;
  }

  /** Marks `token` as just used (it is evicted last). */
  touch(token: object): void {
    const charge = this.charges.get(token);
    if (!charge) return;
    this.charges.delete(token);
    this.charges.set(token, charge);
  }

  /** Stops charging for `token` (its cache dropped it). */
  release(token: object): void {
    const charge = this.charges.get(token);
    if (!charge) return;
    this.charges.delete(token);
    this.used -= charge.bytes;
  }
}

/**
 * A conservative estimate of the heap bytes a JSON-like value holds (V8 on 64 bits): object and
 * array headers, 8-byte slots, numbers as heap numbers, strings at two bytes per UTF-16 unit, typed
 * arrays by their buffer. Shared objects are counted once.
 */
export function estimateBytes(value: unknown): number {
  const seen = new Set<object>();
  const size = (v: unknown): number => {
    switch (typeof v) {
      case 'number':
        return 16;
      case 'string':
        return 24 + 2 * v.length;
      case 'boolean':
      case 'undefined':
        return 8;
      case 'bigint':
        return 24 + Math.ceil(v.toString(16).length / 2);
      case 'object': {
        if (v === null) return 8;
        if (seen.has(v)) return 8;
        seen.add(v);
        if (ArrayBuffer.isView(v)) return 96 + v.byteLength;
        if (Array.isArray(v)) return v.reduce((sum: number, item) => sum + 8 + size(item), 32);
        let sum = 40;
        for (const [k, item] of Object.entries(v)) sum += 16 + 2 * k.length + size(item);
        return sum;
      }
      default:
        return 64;
    }
  };
  return size(value);
}
