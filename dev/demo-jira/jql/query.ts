/** The one entry point the routes use: JQL text → matching issues, in Jira's order, or a JqlError. */
import type { DemoIssue } from '../dataset';
import { visibleIssues, type JqlContext } from './context';
import { compileOrderBy, compileWhere } from './compile';
import { JqlError } from './errors';
import { UNBOUNDED_MESSAGE } from '../jira-shapes';
import { parseJql } from './parse';

export interface RunOptions {
  /** Refuse a query without a WHERE clause (search/jql and approximate-count do). */
  requireBounded: boolean;
  /** Skip sorting (counts). */
  sort: boolean;
}

/** Runs JQL as the context's user over the issues they can browse. Throws JqlError on any problem. */
export function runJql(jql: string, ctx: JqlContext, options: RunOptions): DemoIssue[] {
  const parsed = parseJql(jql);
  if (parsed.errors.length > 0) throw new JqlError(parsed.errors);
  if (options.requireBounded && !parsed.query?.where) throw new JqlError([UNBOUNDED_MESSAGE]);
  const predicate = compileWhere(parsed.query?.where, ctx);
  const compare = compileOrderBy(parsed.query?.orderBy);
  const matches = visibleIssues(ctx).filter(predicate);
  return options.sort ? matches.sort(compare) : matches;
}

/** All problems Jira's strict validation would report for the query (empty when it is valid). */
export function validateJql(jql: string, ctx: JqlContext): string[] {
  const parsed = parseJql(jql);
  if (parsed.errors.length > 0) return parsed.errors;
  const messages: string[] = [];
  for (const step of [() => compileWhere(parsed.query?.where, ctx), () => compileOrderBy(parsed.query?.orderBy)]) {
    try {
      step();
    } catch (error) {
      if (!(error instanceof JqlError)) throw error;
      messages.push(...error.messages);
    }
  }
  return messages;
}
