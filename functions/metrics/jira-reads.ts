/**
 * One render's access to Jira: every atomic read (a count, an aggregation, a saved filter's JQL, a
 * version) goes through `get` with a key that says exactly what is read, so a read in flight is shared
 * with any gadget, formula variable or trend point of the same user that needs the same number at
 * the same moment (functions/in-flight.ts; nothing is kept after it completes).
 */
import type { JiraClient } from '../jira/client';
import { DEFAULT_PLACE, type Place } from '../place';
import type { IssueRows } from './aggregate';
import { IssueBatch, type RowsNeed } from './issue-batch';

/** What reads go through: (key, load) → value and when it was read (functions/in-flight.ts shares reads in flight). */
export type ReadCache = (key: unknown, load: () => Promise<unknown>) => Promise<{ value: unknown; at: number }>;

export class Reads {
  private oldest: number | undefined;
  private readonly issues: IssueBatch;

  /**
   * `now` is the render's clock (ms since the epoch) and `place` the user's time zone and locale;
   * without `cache` every read goes to Jira.
   */
  constructor(
    readonly client: JiraClient,
    readonly now: number,
    private readonly cache?: ReadCache,
    readonly place: Place = DEFAULT_PLACE,
  ) {
    this.issues = new IssueBatch(client);
  }

  /** The value of `key`: the same read in flight, or `load`. */
  async get<T>(key: Record<string, unknown>, load: () => Promise<T>): Promise<T> {
    if (!this.cache) {
      this.seen(this.now);
      return load();
    }
    const { value, at } = await this.cache(key, load);
    this.seen(at);
    return value as T;
  }

  /** Approximate count of a bounded JQL (one Jira call unless the same count is in flight). */
  count(jql: string): Promise<number> {
    return this.get({ read: 'count', jql }, () => this.client.approximateCount(jql));
  }

  /**
   * What `need.pick` keeps of each issue of a bounded JQL, read once for every part of this render
   * that asks in the same turn (not shared itself: callers share what they compute, under their own key).
   */
  issueRows<R>(jql: string, need: RowsNeed<R>): Promise<IssueRows<R>> {
    return this.issues.rows(jql, need);
  }

  /** When the oldest number of this render was read (its "computed at"). */
  get computedAt(): number {
    return this.oldest ?? this.now;
  }

  private seen(at: number): void {
    this.oldest = this.oldest === undefined ? at : Math.min(this.oldest, at);
  }
}
