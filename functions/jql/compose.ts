/**
 * Safe JQL composition: restrictions are combined as `(a) AND (b)` after scanning (scan.ts), never
 * by pasting raw user text, and literal values are always quoted.
 */
import { LONE_SURROGATE } from '../unicode';
import { scanJql } from './scan';

/** Thrown when a JQL part is malformed (quotes, escapes, parentheses) or has no search restriction. */
export class JqlCompositionError extends Error {
  constructor(
    message: string,
    readonly jqlErrors: string[] = [],
    /** invalid: malformed quotes, escapes or parentheses (`jqlErrors` say which); unbounded: no restriction. */
    readonly problem: 'invalid' | 'unbounded' = 'invalid',
  ) {
    super(message);
    this.name = 'JqlCompositionError';
  }
}

/**
 * Quotes a value as a JQL string literal: backslashes and double quotes are escaped, line breaks
 * written as `\n`/`\r`/`\t`, so the value can never end the string or add clauses.
 */
export function quoteJqlValue(value: string): string {
  const escaped = value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? c);
  return `"${escaped}"`;
}

/**
 * The restriction of `jql`: exactly its text before a top-level ORDER BY, trimmed. Throws
 * {@link JqlCompositionError} if its quotes or parentheses are malformed or it has no restriction.
 */
export function restrictionOf(jql: string, what = 'The query'): string {
  const parsed = scanJql(jql);
  if (!parsed.ok) throw new JqlCompositionError(`${what} is not valid JQL: ${parsed.errors.join('; ')}`, parsed.errors);
  if (parsed.where === null) {
    throw new JqlCompositionError(
      `${what} has no search restriction (for example project = KEY); Jira refuses to count all issues at once.`,
      [],
      'unbounded',
    );
  }
  return parsed.where;
}

/**
 * Combines restrictions as `(a) AND (b) ...`. Each part is scanned first: ORDER BY is dropped and
 * every part is wrapped in parentheses, so an `OR` inside one part keeps its meaning.
 */
export function andJql(...parts: string[]): string {
  const restrictions = parts.map((p) => restrictionOf(p));
  return restrictions.length === 1 ? restrictions[0] : restrictions.map((r) => `(${r})`).join(' AND ');
}

/** Fields Glance sorts by (our own words, never user input). */
type SortField = 'created' | 'duedate';

/** `jql`'s restriction (any ORDER BY replaced) sorted by one of our fields, ascending. */
export function orderedAscending(jql: string, field: SortField): string {
  return `${restrictionOf(jql)} ORDER BY ${field} ASC`;
}

/**
 * Relative link to Jira's issue navigator for `jql` (the view navigates with the bridge router).
 * Lone surrogates (which encodeURIComponent refuses with a URIError) become U+FFFD.
 */
export function issueNavigatorHref(jql: string): string {
  return `/issues/?jql=${encodeURIComponent(jql.replace(LONE_SURROGATE, '\uFFFD'))}`;
}
