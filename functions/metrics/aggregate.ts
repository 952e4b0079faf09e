/**
 * Aggregations of one field over the issues of a JQL (sum, avg, min, max, median, count of
 * non-empty): pages through POST /rest/api/3/search/jql with `nextPageToken`, up to a cap.
 */
import type { AggregateOp } from '../config/types';
import type { JiraClient } from '../jira/client';
import { JiraError } from '../jira/errors';

/** At most this many issues are read; beyond it the result covers the first 5,000 only ("partial"). */
export const ISSUE_CAP = 5_000;
/** Page size asked for; Jira returns at most 100 issues per page when fields are requested. */
export const PAGE_SIZE = 100;

export interface IssueRows {
  /** The requested fields of each issue read, in Jira's order. */
  rows: Record<string, unknown>[];
  partial: boolean;
}

/** Reads `fields` of the issues of `jql` (which may end with ORDER BY), at most `cap` issues. */
export async function readIssueFields(client: JiraClient, jql: string, fields: string[], cap = ISSUE_CAP): Promise<IssueRows> {
  const rows: Record<string, unknown>[] = [];
  let token: string | undefined;
  for (;;) {
    const page = await client.searchPage(jql, fields, Math.min(PAGE_SIZE, cap - rows.length), token);
    for (const issue of page.issues.slice(0, cap - rows.length)) rows.push(issue.fields ?? {});
    token = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' && page.isLast !== true ? page.nextPageToken : undefined;
    if (!token || page.issues.length === 0) return { rows, partial: false };
    if (rows.length >= cap) return { rows, partial: true };
  }
}

/** One field of the issues of `jql` (absent values as null), at most `cap` issues. */
export async function readFieldValues(client: JiraClient, jql: string, fieldId: string, cap = ISSUE_CAP): Promise<{ values: unknown[]; partial: boolean }> {
  const { rows, partial } = await readIssueFields(client, jql, [fieldId], cap);
  return { values: rows.map((r) => r[fieldId] ?? null), partial };
}

export interface AggregateResult {
  /** null when there is nothing to aggregate (no issue with a number; a sum of nothing is 0). */
  value: number | null;
  partial: boolean;
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

/** Reads and aggregates in one step. */
export async function aggregateField(client: JiraClient, jql: string, fieldId: string, op: AggregateOp, cap = ISSUE_CAP): Promise<AggregateResult> {
  const { values, partial } = await readFieldValues(client, jql, fieldId, cap);
  return { value: aggregate(values, op, fieldId), partial };
}

/** Jira's "no value": absent, null, empty text or an empty list. */
export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function notNumeric(fieldId: string): JiraError {
  return new JiraError('INVALID_CONFIG', `The field ${fieldId} does not hold numbers (any more); choose a number field.`);
}
