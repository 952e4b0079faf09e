/**
 * Issue reads shared within one render: every part of a gadget that needs fields of the issues of the
 * same JQL (an aggregate, a formula variable, a trend of the same metric, an average age) is served by
 * ONE paged search with the union of their fields. Requests made in the same turn of the event loop
 * are batched (as DataLoader does). Under Jira's points model every issue returned costs a point
 * (Atlassian, "Rate limiting", https://developer.atlassian.com/cloud/jira/platform/rate-limiting:
 * "a base cost of 1 point, and additional points … for each object involved"), so reading the same
 * issues twice costs twice.
 *
 * Narrowing: a consumer that skips empty values (a numeric aggregate) does not need issues where its
 * field is empty. When every consumer of a batch is such, the search adds `AND (<f> IS NOT EMPTY OR …)`
 * and returns fewer issues — the same answer, fewer points. If Jira cannot search a field that way
 * (INVALID_JQL), the batch reads without it.
 */
import type { JiraClient } from '../jira/client';
import { JiraError } from '../jira/errors';
import { andJql } from '../jql/compose';
import { readIssueFields, type IssueRows } from './aggregate';

export interface RowsNeed<R> {
  fields: string[];
  /**
   * The fields whose empty values this consumer skips, so issues where all of them are empty may be
   * left out; null when it needs every issue (a count of non-empty values, ages from `created`).
   */
  skipsEmpty: string[] | null;
  /** What this consumer keeps of each issue (a number, a date): no field text outlives its page. */
  pick: (fields: Record<string, unknown>) => R;
}

/** JQL names of the system number fields that can be searched for emptiness. */
const SYSTEM_JQL: Record<string, string> = {
  timeoriginalestimate: 'originalEstimate',
  timeestimate: 'remainingEstimate',
  timespent: 'timeSpent',
};

/** The JQL clause "this field has a value", or null when Glance does not know the field's JQL name. */
function nonEmptyClause(fieldId: string): string | null {
  const custom = /^customfield_(\d+)$/.exec(fieldId);
  if (custom) return `cf[${custom[1]}] IS NOT EMPTY`;
  return Object.hasOwn(SYSTEM_JQL, fieldId) ? `${SYSTEM_JQL[fieldId]} IS NOT EMPTY` : null;
}

/** One consumer's pick of one issue: its value, or the error its pick threw (that consumer's alone). */
type Picked = { value: unknown } | { error: unknown };

interface Batch {
  needs: RowsNeed<unknown>[];
  promise: Promise<IssueRows<Picked[]>>;
}

export class IssueBatch {
  private readonly pending = new Map<string, Batch>();

  constructor(private readonly client: JiraClient) {}

  /** What `need.pick` keeps of each issue of `jql` (restriction, no ORDER BY), read once per batch. */
  async rows<R>(jql: string, need: RowsNeed<R>): Promise<IssueRows<R>> {
    let batch = this.pending.get(jql);
    if (!batch) {
      const needs: RowsNeed<unknown>[] = [];
      const promise = (async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.pending.delete(jql);
        return this.read(jql, needs);
      })();
      batch = { needs, promise };
      this.pending.set(jql, batch);
    }
    const index = batch.needs.push(need) - 1;
    const { rows, partial } = await batch.promise;
    return {
      rows: rows.map((picked) => {
        const mine = picked[index];
        if ('error' in mine) throw mine.error;
        return mine.value as R;
      }),
      partial,
    };
  }

  private async read(jql: string, needs: RowsNeed<unknown>[]): Promise<IssueRows<Picked[]>> {
    const fields = [...new Set(needs.flatMap((n) => n.fields))].sort();
    const pick = (issue: Record<string, unknown>): Picked[] =>
      needs.map((n) => {
        try {
          return { value: n.pick(issue) };
        } catch (error) {
          return { error };
        }
      });
    const narrowed = narrowedJql(jql, needs);
    if (narrowed) {
      try {
        return await readIssueFields(this.client, narrowed, fields, pick);
      } catch (error) {
        if (!(error instanceof JiraError && error.code === 'INVALID_JQL')) throw error;
      }
    }
    return readIssueFields(this.client, jql, fields, pick);
  }
}

/** `jql AND (f1 IS NOT EMPTY OR f2 IS NOT EMPTY …)` over every consumer's skipped fields; null if any needs every issue. */
function narrowedJql(jql: string, needs: RowsNeed<unknown>[]): string | null {
  const clauses = new Set<string>();
  for (const need of needs) {
    if (need.skipsEmpty === null || need.skipsEmpty.length === 0) return null;
    for (const field of need.skipsEmpty) {
      const clause = nonEmptyClause(field);
      if (!clause) return null;
      clauses.add(clause);
    }
  }
  try {
    return andJql(jql, [...clauses].join(' OR '));
  } catch {
    return null;
  }
}
