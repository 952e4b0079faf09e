/**
 * The render path's JQL scanner: finds a query's search restriction (its text before a top-level
 * ORDER BY) and checks that quotes, escapes and parentheses are well formed, so `(restriction)` is
 * one group whatever the user wrote. It splits text as Atlassian's JQL lexer does
 * (@atlassianlabs/jql-parser; test/functions/jql-scan.test.ts compares the two) and checks nothing
 * else: Jira validates every query it runs, and the edit view asks the full grammar and Jira
 * (validateJql). It reads UTF-16 code units and every character it acts on is ASCII, so emoji,
 * other astral characters and combining marks are ordinary word characters, never cut.
 */

/** What composition needs to know: `where` is the restriction, trimmed (null when there is none). */
type ScannedJql = { ok: true; where: string | null; hasOrderBy: boolean } | { ok: false; errors: string[] };

/** Longest JQL we accept (Jira's own limit is larger; long queries are slow to run). */
export const MAX_JQL_LENGTH = 10_000;
/**
 * Deepest nesting of parentheses we accept. The full grammar (@atlassianlabs/jql-parser, ANTLR) and
 * Jira's parser recurse per level: 5,000 levels overflowed the stack ("Maximum call stack size
 * exceeded" shown to the user). People nest a handful; 50 is generous and far from any stack.
 */
const MAX_JQL_NESTING = 50;

const QUOTE = 0x22;
const SQUOTE = 0x27;
const LPAREN = 0x28;
const RPAREN = 0x29;
const BSLASH = 0x5c;

/** JQL's whitespace (the lexer's MATCHWS): space, tab, line feed, carriage return; nothing else. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Control characters (the lexer's CONTROLCHARS): an error inside quotes (where line breaks are
 * allowed but a tab is not) and a token of their own outside them.
 */
function isControl(c: number): boolean {
  return (c <= 0x1f && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

/** ASCII characters that end an unquoted word: " ' ( ) = ! < > ~ , [ ] | & # $ % * + / ; ? @ ^ { } */
function isStop(c: number): boolean {
  switch (c) {
    case 0x22:
    case 0x27:
    case 0x28:
    case 0x29:
    case 0x3d:
    case 0x21:
    case 0x3c:
    case 0x3e:
    case 0x7e:
    case 0x2c:
    case 0x5b:
    case 0x5d:
    case 0x7c:
    case 0x26:
    case 0x23:
    case 0x24:
    case 0x25:
    case 0x2a:
    case 0x2b:
    case 0x2f:
    case 0x3b:
    case 0x3f:
    case 0x40:
    case 0x5e:
    case 0x7b:
    case 0x7d:
      return true;
    default:
      return false;
  }
}

/** True when `c` may appear unescaped in an unquoted word: not whitespace, a control character, a backslash or a stop. */
function isWordChar(c: number): boolean {
  if (c >= 0xa0) return true;
  return c > 0x20 && c < 0x7f && c !== BSLASH && !isStop(c);
}

/** Length of the escape starting with the backslash at `i` (\t \n \r \" \' \\ "\ " \uXXXX), or 0 if invalid. */
function escapeLength(jql: string, i: number): number {
  const next = jql[i + 1];
  if (next !== undefined && 'tnr"\'\\ '.includes(next)) return 2;
  return next === 'u' && /^[0-9a-fA-F]{4}$/.test(jql.slice(i + 2, i + 6)) ? 6 : 0;
}

/** True when jql[start, end) is `keyword` in any ASCII case (the lexer's ORDER and BY). */
function isKeyword(jql: string, start: number, end: number, keyword: 'order' | 'by'): boolean {
  if (end - start !== keyword.length) return false;
  for (let k = 0; k < keyword.length; k++) {
    if ((jql.charCodeAt(start + k) | 0x20) !== keyword.charCodeAt(k)) return false;
  }
  return true;
}

/** Up to 20 characters (code points) of `jql` from `i`, to end a message with. */
function near(jql: string, i: number): string {
  const chars = Array.from(jql.slice(i, i + 41));
  return `${chars.slice(0, 20).join('')}${chars.length > 20 ? '…' : ''}`;
}

function fail(message: string): ScannedJql {
  return { ok: false, errors: [message] };
}

/** End (exclusive) of the quoted string opened at `open`, or the problem with it. */
function quotedEnd(jql: string, open: number): number | string {
  const quote = jql.charCodeAt(open);
  for (let i = open + 1; i < jql.length;) {
    const c = jql.charCodeAt(i);
    if (c === quote) return i + 1;
    if (c === BSLASH) {
      const length = escapeLength(jql, i);
      if (length === 0) return badEscape(jql, i);
      i += length;
    } else if (isControl(c)) {
      const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      return `A quoted string holds a control character (${code}${c === 0x09 ? ', write a tab as \\t' : ''}): ${near(jql, open)}`;
    } else i++;
  }
  return `A quoted string is not closed (add a ${quote === QUOTE ? 'double' : 'single'} quote at its end): ${near(jql, open)}`;
}

function badEscape(jql: string, i: number): string {
  return `A backslash starts no JQL escape (JQL knows \\" \\' \\\\ \\n \\r \\t, a backslash before a space and \\uXXXX; write \\\\ for a backslash): ${near(jql, i)}`;
}

/**
 * Scans `jql` once: its restriction without ORDER BY (exactly the user's text, trimmed of JQL
 * whitespace) and whether quotes, escapes and parentheses are well formed. Keeps no state.
 */
export function scanJql(jql: string): ScannedJql {
  if (jql.length > MAX_JQL_LENGTH) return fail(`The query is longer than ${MAX_JQL_LENGTH.toLocaleString('en-US')} characters.`);
  let depth = 0;
  let orderBy = -1; // where the first top-level ORDER BY starts
  let order = -1; // a top-level ORDER word that BY may follow (only whitespace between them)
  for (let i = 0; i < jql.length;) {
    const c = jql.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (c === QUOTE || c === SQUOTE) {
      const end = quotedEnd(jql, i);
      if (typeof end === 'string') return fail(end);
      i = end;
      order = -1;
    } else if (c === BSLASH || isWordChar(c)) {
      const start = i;
      while (i < jql.length) {
        const w = jql.charCodeAt(i);
        if (w === BSLASH) {
          const length = escapeLength(jql, i);
          if (length === 0) return fail(badEscape(jql, i));
          i += length;
        } else if (isWordChar(w)) i++;
        else break;
      }
      if (depth === 0 && orderBy < 0) {
        if (order >= 0 && isKeyword(jql, start, i, 'by')) orderBy = order;
        order = isKeyword(jql, start, i, 'order') ? start : -1;
      }
    } else {
      if (c === LPAREN && ++depth > MAX_JQL_NESTING)
        return fail(`The query nests parentheses more than ${MAX_JQL_NESTING} levels deep: ${near(jql, i)}`);
      else if (c === RPAREN && --depth < 0) return fail(`A ")" closes no "(": ${near(jql, i)}`);
      order = -1;
      i++;
    }
  }
  if (depth > 0) return fail(depth === 1 ? 'A "(" is not closed: add a ")".' : `${depth} "(" are not closed: add as many ")".`);
  const where = trimSpace(orderBy < 0 ? jql : jql.slice(0, orderBy));
  return { ok: true, where: where === '' ? null : where, hasOrderBy: orderBy >= 0 };
}

/** `text` without leading and trailing JQL whitespace (String#trim would also cut e.g. U+00A0, part of a word in JQL). */
function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
