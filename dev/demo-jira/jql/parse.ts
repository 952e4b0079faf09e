import { JastBuilder, JQLSyntaxError, type Query } from '@atlassianlabs/jql-ast';

export interface ParsedJql {
  /** Undefined when the text is empty or could not be parsed at all. */
  query: Query | undefined;
  /** Syntax errors in Jira's phrasing; empty when the JQL is well-formed. */
  errors: string[];
}

const CACHE_SIZE = 500;
const cache = new Map<string, ParsedJql>();

/**
 * Parses JQL with Atlassian's grammar. A new JastBuilder per parse: a reused builder returns a query
 * without `where` on its second build of the same string. Results (read-only for us) are memoised,
 * since parsing costs a few milliseconds and dashboards repeat the same queries.
 */
export function parseJql(jql: string): ParsedJql {
  const hit = cache.get(jql);
  if (hit) return hit;
  const parsed = build(jql);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(jql, parsed);
  return parsed;
}

function build(jql: string): ParsedJql {
  const jast = new JastBuilder().build(jql);
  const errors = jast.errors.map((error) => {
    const where = error instanceof JQLSyntaxError ? ` (line ${error.line}, character ${error.charPositionInLine + 1})` : '';
    return `Error in the JQL Query: ${jiraPhrasing(error.message)}${where}`;
  });
  return { query: jast.query ?? undefined, errors };
}

/** Turns ANTLR's messages into sentences close to the ones Jira shows. */
function jiraPhrasing(message: string): string {
  const text = message.replace(/'<EOF>'/g, "'EOF'");
  const mismatch = /^(?:mismatched|extraneous) input '(.*)' expecting (.*)$/s.exec(text);
  if (mismatch) return `Expecting ${mismatch[2]} but got '${mismatch[1]}'.`;
  const noViable = /^no viable alternative at input '(.*)'$/s.exec(text);
  if (noViable) return `Unexpected input '${noViable[1]}'.`;
  const token = /^token recognition error at: '(.*)'$/s.exec(text);
  if (token) return `Illegal character '${token[1]}'.`;
  return text.endsWith('.') ? text : `${text}.`;
}
