/**
 * JQL parsing with Atlassian's own grammar (@atlassianlabs/jql-ast): used to reject unparsable JQL
 * before asking Jira, and to cut a query into its search restriction and its ORDER BY.
 */
import { JastBuilder } from '@atlassianlabs/jql-ast';

/** A parsed query: `where` is the search restriction text (null when the query has none). */
export type ParsedJql =
  | { ok: true; where: string | null; hasOrderBy: boolean }
  | { ok: false; errors: string[] };

/** Longest JQL we accept (Jira's own limit is larger; long queries are slow to parse and to run). */
export const MAX_JQL_LENGTH = 10_000;

/**
 * Parses `jql` and returns its restriction without ORDER BY.
 * A JastBuilder is created per call: reusing one returns a query without `where` on the second build.
 */
export function parseJql(jql: string): ParsedJql {
  if (jql.length > MAX_JQL_LENGTH) {
    return { ok: false, errors: [`The query is longer than ${MAX_JQL_LENGTH.toLocaleString('en-US')} characters.`] };
  }
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0) {
    return { ok: false, errors: jast.errors.map((e) => e.message) };
  }
  const query = jast.query;
  const position = query?.where?.position;
  const where = position ? jql.slice(position[0], position[1]).trim() : '';
  return { ok: true, where: where === '' ? null : where, hasOrderBy: Boolean(query?.orderBy) };
}
