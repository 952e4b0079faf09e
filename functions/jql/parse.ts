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

/** Parsed queries by text. Parsing costs milliseconds and every render validates and composes its JQL. */
const memo = new Map<string, ParsedJql>();
const MEMO_ENTRIES = 500;

/**
 * Parses `jql` and returns its restriction without ORDER BY. Results are remembered (frozen, shared)
 * for the most recent queries, so a cached render does not parse the same text again.
 */
export function parseJql(jql: string): ParsedJql {
  const known = memo.get(jql);
  if (known) return known;
  const parsed = parse(jql);
  if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
  memo.set(jql, parsed);
  return parsed;
}

/** A JastBuilder is created per call: reusing one returns a query without `where` on the second build. */
function parse(jql: string): ParsedJql {
  if (jql.length > MAX_JQL_LENGTH) {
    return Object.freeze({ ok: false, errors: Object.freeze([`The query is longer than ${MAX_JQL_LENGTH.toLocaleString('en-US')} characters.`]) as string[] });
  }
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0) {
    return Object.freeze({ ok: false, errors: Object.freeze(jast.errors.map((e) => e.message)) as string[] });
  }
  const query = jast.query;
  const position = query?.where?.position;
  const where = position ? jql.slice(position[0], position[1]).trim() : '';
  return Object.freeze({ ok: true, where: where === '' ? null : where, hasOrderBy: Boolean(query?.orderBy) });
}
