/** Text search (`~`, `!~`) as Jira does it on summary and text, without stemming. */
import type { DemoIssue } from '../dataset';
import type { FieldSpec } from './fields';
import type { Atom, Predicate } from './predicate';

const NEVER: Predicate = () => false;

/** Lower-cased words of a text (letters and digits). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Compiles `~` / `!~` / `IS [NOT] EMPTY` on a text field. */
export function compileText(field: FieldSpec, operator: string, list: Atom[], errors: string[]): Predicate {
  const get = field.get as (i: DemoIssue) => string;
  if (operator === 'is' || operator === 'is not') {
    return operator === 'is' ? (i) => get(i) === '' : (i) => get(i) !== '';
  }
  const atom = list[0];
  if (list.length !== 1 || atom.kind !== 'value') {
    errors.push(`The operator '${operator}' needs a single text value for the field '${field.name}'.`);
    return NEVER;
  }
  const matches = textMatcher(atom.value);
  if (!matches) {
    errors.push(`The text query '${atom.value}' for the field '${field.name}' has no words to search for.`);
    return NEVER;
  }
  return operator === '~' ? (i) => matches(words(get(i))) : (i) => !matches(words(get(i)));
}

/**
 * Jira-like full-text match: every term must occur as a word (case-insensitive); `term*` matches a
 * prefix; a quoted phrase ("\"a b\"") must occur as consecutive words. No stemming.
 */
function textMatcher(query: string): ((haystack: string[]) => boolean) | undefined {
  const phrase = /^"(.*)"$/s.exec(query.trim());
  if (phrase) {
    const terms = words(phrase[1]);
    if (terms.length === 0) return undefined;
    return (hay) => hay.some((_, start) => terms.every((t, k) => hay[start + k] === t));
  }
  const terms = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter((t) => t.replace(/\*/g, '') !== '');
  if (terms.length === 0) return undefined;
  const tests = terms.map((t) =>
    t.endsWith('*') ? (w: string) => w.startsWith(t.replace(/\*+$/, '')) : (w: string) => w === t.replace(/\*/g, ''),
  );
  return (hay) => tests.every((test) => hay.some(test));
}
