/**
 * Aggregations of one field over the issues of a JQL (sum, avg, min, max, median, count of
 * non-empty): pages through POST /rest/api/3/search/jql with `nextPageToken`, up to a cap in issues
 * and a share of the call's time budget. Each page is reduced to what the number needs as it
 * arrives (a number, or 1 for "non-empty"), so no issue's text is kept, not even in flight.
 */
import type { AggregateOp } from '../config/types';
import { GlanceError, said } from '../errors';
import type { JiraClient } from '../jira/client';
import { JiraError } from '../jira/errors';
import { isRecord } from '../record';

/** At most this many issues are read; beyond it the result covers the first 5,000 only ("partial"). */
export const ISSUE_CAP = 5_000;
/** Page size asked for; Jira returns at most 100 issues per page when fields are requested. */
const PAGE_SIZE = 100;
/**
 * Paging may take this share of the call's time budget (JiraClient, 8 s by default: what a viewer
 * waits for) and stops before a page that would leave less than {@link RESERVE_SHARE} of it: the issues
 * read by then are the (partial) answer, instead of a TIMEOUT.
 */
const PAGING_SHARE = 0.5;
const RESERVE_SHARE = 0.25;

export interface IssueRows<R> {
  /** What `pick` made of each issue read, in Jira's order; `rows.length` issues were read. */
  rows: R[];
  /** True when issues were left unread (the issue cap or the time share was reached). */
  partial: boolean;
}

/**
 * Reads `fields` of the issues of `jql` (which may end with ORDER BY), at most `cap` issues, and
 * keeps `pick(fields)` of each. Stops early, partial, when paging has used its time share.
 */
export async function readIssueFields<R>(
  client: JiraClient,
  jql: string,
  fields: string[],
  pick: (fields: Record<string, unknown>) => R,
  cap = ISSUE_CAP,
): Promise<IssueRows<R>> {
  const rows: R[] = [];
  const startedLeft = client.timeLeftMs();
  let slowest = 0;
  let token: string | undefined;
  for (;;) {
    const before = client.timeLeftMs();
    let page;
    try {
      page = await client.searchPage(jql, fields, Math.min(PAGE_SIZE, cap - rows.length), token);
    } catch (error) {
      // Out of time with issues in hand: they are the answer, marked partial.
      if (rows.length > 0 && error instanceof JiraError && error.code === 'TIMEOUT') return { rows, partial: true };
      throw error;
    }
    slowest = Math.max(slowest, before - client.timeLeftMs());
    for (const issue of page.issues.slice(0, cap - rows.length)) rows.push(pick(isRecord(issue?.fields) ? issue.fields : {}));
    token = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' && page.isLast !== true ? page.nextPageToken : undefined;
    if (!token || page.issues.length === 0) return { rows, partial: false };
    if (rows.length >= cap) return { rows, partial: true };
    const left = client.timeLeftMs();
    const used = startedLeft - left;
    if (used + slowest > client.budgetMs * PAGING_SHARE || left - slowest < client.budgetMs * RESERVE_SHARE) return { rows, partial: true };
  }
}

/**
 * The value of field `id` of an issue's `fields`, null when absent. An own-property lookup: field
 * ids are input, and `constructor`, `toString` or `__proto__` must not find Object.prototype's.
 */
export function fieldValue(fields: Record<string, unknown>, id: string): unknown {
  return Object.hasOwn(fields, id) ? (fields[id] ?? null) : null;
}

/**
 * What aggregation `op` needs of one field value: null when empty, else 1 for `countNonEmpty` and
 * the number for the others. A non-empty value that is not a number fails with INVALID_CONFIG.
 */
export function numberFor(value: unknown, op: AggregateOp, fieldId: string): number | null {
  if (isEmpty(value)) return null;
  if (op === 'countNonEmpty') return 1;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw notNumeric(fieldId);
}

interface AggregateResult {
  /** null when there is nothing to aggregate (no issue with a number; a sum of nothing is 0). */
  value: number | null;
  partial: boolean;
  /** Issues read: all of them unless `partial`. */
  covered: number;
}

/**
 * Aggregates field values. Empty values are skipped (count as nothing; a sum treats them as 0).
 * A value of another type means the field does not hold numbers: that fails with INVALID_CONFIG
 * naming the field, rather than showing a silent 0 — except for `countNonEmpty`, which takes any field.
 */
export function aggregate(values: readonly unknown[], op: AggregateOp, fieldId: string): number | null {
  if (op === 'countNonEmpty') return values.filter((v) => !isEmpty(v)).length;
  const numbers: number[] = [];
  for (const v of values) {
    if (typeof v === 'number' && Number.isFinite(v)) numbers.push(v);
    else if (!isEmpty(v)) throw notNumeric(fieldId);
  }
  if (op === 'sum') return numbers.reduce((a, b) => a + b, 0);
  if (numbers.length === 0) return null;
  switch (op) {
    case 'avg':
      return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case 'min':
      return numbers.reduce((a, b) => Math.min(a, b));
    case 'max':
      return numbers.reduce((a, b) => Math.max(a, b));
    case 'median': {
      const sorted = [...numbers].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
  }
}

/** Reads and aggregates in one step, keeping one number (or null) per issue while paging. */
export async function aggregateField(
  client: JiraClient,
  jql: string,
  fieldId: string,
  op: AggregateOp,
  cap = ISSUE_CAP,
): Promise<AggregateResult> {
  const { rows, partial } = await readIssueFields(
    client,
    jql,
    [fieldId],
    (fields) => numberFor(fieldValue(fields, fieldId), op, fieldId),
    cap,
  );
  return { value: aggregate(rows, op, fieldId), partial, covered: rows.length };
}

/** Jira's "no value": absent, null, empty text or an empty list. */
function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function notNumeric(fieldId: string): GlanceError {
  return new GlanceError('INVALID_CONFIG', said('field.notNumbers', { field: fieldId }));
}
