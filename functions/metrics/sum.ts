/** Sum of a numeric field over the issues of a JQL, paged with `nextPageToken` up to a cap. */
import type { JiraClient } from '../jira/client.ts';
import { JiraError } from '../jira/errors.ts';

/** At most this many issues are added up; beyond it the sum is a lower bound ("partial"). */
export const SUM_ISSUE_CAP = 5_000;
/** Page size asked for; Jira returns at most 100 issues per page when fields are requested. */
export const SUM_PAGE_SIZE = 100;

export interface SumResult {
  value: number;
  /** Issues read (those without a number in the field count as 0). */
  issues: number;
  partial: boolean;
}

/**
 * Adds up `fieldId` over the issues of `jql`. Empty values count as 0; a value of another type (the
 * field no longer holds numbers, e.g. it was replaced by a text or select field) fails with
 * INVALID_CONFIG naming the field, rather than showing a silent 0.
 */
export async function sumField(client: JiraClient, jql: string, fieldId: string, cap = SUM_ISSUE_CAP): Promise<SumResult> {
  let value = 0;
  let issues = 0;
  let token: string | undefined;
  for (;;) {
    const page = await client.searchPage(jql, [fieldId], Math.min(SUM_PAGE_SIZE, cap - issues), token);
    for (const issue of page.issues.slice(0, cap - issues)) {
      const n = issue.fields?.[fieldId];
      if (typeof n === 'number' && Number.isFinite(n)) value += n;
      else if (n !== null && n !== undefined) throw notNumeric(fieldId);
      issues += 1;
    }
    token = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' && page.isLast !== true ? page.nextPageToken : undefined;
    if (!token || page.issues.length === 0) return { value, issues, partial: false };
    if (issues >= cap) return { value, issues, partial: true };
  }
}

function notNumeric(fieldId: string): JiraError {
  return new JiraError('INVALID_CONFIG', `The field ${fieldId} does not hold numbers (any more); choose a number field to add up.`);
}
