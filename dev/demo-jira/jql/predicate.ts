/** The compiled forms of a JQL query, shared by compile.ts and the text matcher (text.ts). */
import type { DemoIssue } from '../dataset';

/** Whether an issue matches a WHERE clause. */
export type Predicate = (issue: DemoIssue) => boolean;
/** ORDER BY as a sort comparator. */
export type Comparator = (a: DemoIssue, b: DemoIssue) => number;

/** An operand flattened: values, EMPTY, and function calls. */
export type Atom = { kind: 'value'; value: string } | { kind: 'empty' } | { kind: 'function'; name: string; args: string[] };
