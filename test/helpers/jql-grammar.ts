/**
 * Atlassian's JQL grammar (@atlassianlabs/jql-ast) as the reference the scanner is tested against,
 * and arbitraries of valid JQL whose restriction is known by construction.
 */
import { JastBuilder } from '@atlassianlabs/jql-ast';
import fc from 'fast-check';

/**
 * UTF-16 offset of code point `index` of `text`. The grammar reads the query as code points
 * (antlr4ts CharStreams.fromString), so its positions count an emoji as one; String#slice counts two.
 */
export function utf16Offset(text: string, index: number): number {
  let offset = 0;
  for (let i = 0; i < index && offset < text.length; i++) offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  return offset;
}

/** A clause tree without positions, parents and methods: equal shapes mean the same query. */
export function shape(node: unknown): string {
  return JSON.stringify(node, (key, value: unknown) =>
    key === 'parent' || key === 'position' || key === 'positions' || typeof value === 'function' ? undefined : value,
  );
}

export interface GrammarView {
  errors: string[];
  /** The restriction's text as the grammar delimits it (positions converted to UTF-16), or null. */
  where: string | null;
  hasOrderBy: boolean;
  /** The restriction's clause tree ({@link shape}); with `clauses` of a top-level compound. */
  whereShape: string | undefined;
  operator: string | undefined;
  clauses: string[];
}

/** Parses `jql` with the grammar (a builder per parse: a reused one loses `where`). */
export function grammar(jql: string): GrammarView {
  const jast = new JastBuilder().build(jql);
  const where = jast.query?.where;
  const position = where?.position;
  const compound = where && where.clauseType === 'compound' ? where : undefined;
  return {
    errors: jast.errors.map((e) => e.message),
    where: position ? jql.slice(utf16Offset(jql, position[0]), utf16Offset(jql, position[1])) : null,
    hasOrderBy: Boolean(jast.query?.orderBy),
    whereShape: where ? shape(where) : undefined,
    operator: compound?.operator.value,
    clauses: compound ? compound.clauses.map(shape) : [],
  };
}

/** A generated query: its full text and the restriction (no ORDER BY, trimmed) it was built from. */
export interface GeneratedJql {
  jql: string;
  where: string;
  hasOrderBy: boolean;
}

export interface JqlArbitraryOptions {
  /** Characters that string values and unquoted words are made of (beside plain letters). */
  exotic?: string[];
}

/** Emoji, astral CJK, combining marks, RTL, no-break space: characters that break UTF-16 arithmetic. */
export const EXOTIC = [
  '😀',
  '🚀',
  '🔥',
  '👩‍💻',
  '🇩🇪',
  '𠀀',
  '𝔸',
  'e\u0301',
  'n\u0303',
  'a\u0308\u0323',
  '中文',
  'ß',
  'İ',
  'ש',
  '\u00a0',
  '\u200b',
  '\ufeff',
  'Ω',
];

const spaces = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', ' \r\n ');
const cased = (word: string) =>
  fc.constantFrom(word.toUpperCase(), word.toLowerCase(), word[0].toUpperCase() + word.slice(1).toLowerCase());

/** Valid JQL queries with an optional ORDER BY, whitespace and keyword case varied. */
export function validJql(options: JqlArbitraryOptions = {}): fc.Arbitrary<GeneratedJql> {
  const exotic = options.exotic ?? EXOTIC;
  const plain = ['a', 'B', 'x', '1', ' ', 'OR', 'and', 'ORDER BY', 'order by', '(', ')', ',', '=', '~', '-', '.', ':'];
  const escapes = ['\\"', "\\'", '\\\\', '\\n', '\\r', '\\t', '\\ ', '\\u00e9', '\\uD83D\\uDE00'];
  const content = (quote: string) =>
    fc
      .array(fc.constantFrom(...plain, ...exotic, ...escapes, quote === '"' ? "'" : '"', '\n'), { maxLength: 8 })
      .map((parts) => parts.join(''));
  const dquoted = content('"').map((s) => `"${s}"`);
  const squoted = content("'").map((s) => `'${s}'`);
  // Unquoted words: no JQL whitespace, operators or reserved words; escapes and U+00A0 (a word character in JQL) are allowed.
  const wordPart = fc.constantFrom('ABC', 'x1', 'Done', '7d', 'ABC-1', 'a.b', 'a_b', 'a\\ b', 'q\\"q', ...exotic);
  const word = fc.array(wordPart, { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
  const value = fc.oneof(word, dquoted, squoted, fc.constantFrom('-7d', '10', '"2026-01-01"'));
  const fn = fc
    .tuple(fc.constantFrom('membersOf', 'linkedIssues', 'currentUser', 'startOfWeek', 'openSprints'), fc.array(value, { maxLength: 2 }))
    .map(([name, args]) => `${name}(${args.join(', ')})`);
  const field = fc.constantFrom(
    'project',
    'summary',
    'labels',
    'status',
    '"Epic Link"',
    "'Story Points'",
    'cf[10016]',
    'assignee',
    'text',
    'issue',
  );
  const list = fc.array(value, { minLength: 1, maxLength: 3 }).map((v) => `(${v.join(', ')})`);
  const terminal = fc.oneof(
    fc.tuple(field, fc.constantFrom('=', '!=', '~', '!~', '>', '>=', '<', '<='), fc.oneof(value, fn)).map(([f, o, v]) => `${f} ${o} ${v}`),
    fc
      .tuple(field, fc.constantFrom('in', 'NOT IN', 'not in', 'WAS IN', 'was not in'), fc.oneof(list, fn))
      .map(([f, o, v]) => `${f} ${o} ${v}`),
    fc.tuple(field, fc.constantFrom('is', 'IS NOT')).map(([f, o]) => `${f} ${o} EMPTY`),
    fc
      .tuple(field, fc.constantFrom('changed', 'CHANGED TO Done', 'changed to Done after -7d', 'was Done BEFORE "2026-01-01"'))
      .map(([f, o]) => `${f} ${o}`),
  );
  const { clause } = fc.letrec<{ clause: string }>((tie) => ({
    clause: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      terminal,
      fc.tuple(cased('not'), spaces, tie('clause')).map(([n, s, c]) => `${n}${s}${c}`),
      fc.tuple(fc.constantFrom('', ' ', '\n'), tie('clause'), fc.constantFrom('', ' ', '\t')).map(([a, c, b]) => `(${a}${c}${b})`),
      fc
        .tuple(tie('clause'), spaces, fc.constantFrom('AND', 'and', 'OR', 'or', '&&', '||', '&', '|'), spaces, tie('clause'))
        .map(([l, s1, op, s2, r]) => `${l}${s1}${op}${s2}${r}`),
    ),
  }));
  const orderField = fc
    .tuple(fc.constantFrom('created', 'Rank', '"Epic Link"', 'cf[10016]', 'key'), fc.constantFrom('', ' ASC', ' desc'))
    .map(([f, d]) => `${f}${d}`);
  const orderBy = fc
    .tuple(cased('order'), spaces, cased('by'), spaces, fc.array(orderField, { minLength: 1, maxLength: 3 }))
    .map(([o, s1, b, s2, fields]) => `${o}${s1}${b}${s2}${fields.join(', ')}`);
  return fc
    .tuple(
      fc.constantFrom('', ' ', '\n '),
      clause,
      fc.option(fc.tuple(spaces, orderBy), { nil: undefined }),
      fc.constantFrom('', ' ', '\n'),
    )
    .map(([lead, where, order, trail]) => ({
      jql: `${lead}${where}${order ? order.join('') : ''}${trail}`,
      where,
      hasOrderBy: order !== undefined,
    }));
}
