/**
 * One render's access to Jira: every atomic read (a count, an aggregation, a saved filter's JQL, a
 * version) goes through `get` with a key that says exactly what is read, so the per-user cache
 * serves it to any gadget, formula variable or trend point that needs the same number.
 */
import type { JiraClient } from '../jira/client';
import { DEFAULT_PLACE, type Place } from '../place';

/** The cache behind reads: (key, load) → value and when it was read. */
export type ReadCache = (key: unknown, load: () => Promise<unknown>) => Promise<{ value: unknown; at: number }>;

export class Reads {
  private oldest: number | undefined;

  /**
   * `now` is the render's clock (ms since the epoch) and `place` the user's time zone and locale;
   * without `cache` every read goes to Jira.
   */
  constructor(readonly client: JiraClient, readonly now: number, private readonly cache?: ReadCache, readonly place: Place = DEFAULT_PLACE) {}

  /** The value of `key`, from the cache or by `load`. */
  async get<T>(key: Record<string, unknown>, load: () => Promise<T>): Promise<T> {
    if (!this.cache) {
      this.seen(this.now);
      return load();
    }
    const { value, at } = await this.cache(key, load);
    this.seen(at);
    return value as T;
  }

  /** Approximate count of a bounded JQL (one Jira call when not cached). */
  count(jql: string): Promise<number> {
    return this.get({ read: 'count', jql }, () => this.client.approximateCount(jql));
  }

  /** When the oldest number of this render was read (its "computed at"). */
  get computedAt(): number {
    return this.oldest ?? this.now;
  }

  private seen(at: number): void {
    this.oldest = this.oldest === undefined ? at : Math.min(this.oldest, at);
  }
}
