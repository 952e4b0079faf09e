/**
 * Accessible names (the root's aria-label and <title>) in the card's language: whole messages from
 * the catalogue (i18n/messages), joined only by the language's own list separator.
 */
import { cleanText } from './text';
import { translator, type Translate } from '../i18n/index';
import type { RenderOptions } from './types';

/** The words of a render: the catalogue of `options.language` (or its locale), numbers in its locale. */
export function wordsOf(options: RenderOptions): Translate {
  return translator(options.locale, options.language);
}

/**
 * "<title>: <words>" in the message's language, or the words alone without a title; with the coverage
 * of a partial value after it ("… (from the first 5,000 issues)").
 */
export function accessibleName(t: Translate, title: string | undefined, words: string, coverage?: string): string {
  const clean = cleanText(title);
  const name = clean ? t('a11y.titled', { title: clean, text: words }) : words;
  return coverage ? t('a11y.withCoverage', { text: name, coverage }) : name;
}

/** Clauses joined by the language's separator (", " or "、"); empty ones dropped. */
export function clauses(t: Translate, parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(t('a11y.separator'));
}

/**
 * A value in words: "42 open bugs", "at least 412 points" for a partial sum, "All clear (0 open
 * bugs)" when a mapping shows words instead of the number.
 */
export function valueInWords(value: string, label: string | undefined, partial: boolean, mapped: string | undefined, t: Translate): string {
  const labelled = label ? t('a11y.valueLabel', { value, label }) : value;
  const amount = partial ? t('a11y.atLeast', { value: labelled }) : labelled;
  return mapped ? t('a11y.mapped', { text: mapped, value: amount }) : amount;
}
