/**
 * What a gadget says to a screen reader: accessible names (the root's aria-label and <title>, and
 * each focusable part's) in the card's language, whole messages from the catalogue
 * (i18n/messages) joined only by the language's own list separator, and values spoken with their unit.
 */
import { cleanText } from './text';
import { translator, type Translate } from '../i18n/index';
import { formatNumber, formatValue, ownsUnit, shownValue } from './format';
import type { NumberFormat, RenderOptions } from './types';

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
 * Whether `label` already says `unit` (its first word is the unit, begins with it, or spells it out:
 * "pts" in "points this sprint", "h" in "hours logged"), so the spoken value leaves the unit out
 * instead of saying "286 pts points this sprint".
 */
export function labelSaysUnit(label: string | undefined, unit: string | undefined): boolean {
  const word = (label ?? '').trim().split(/\s+/)[0]?.toLocaleLowerCase() ?? '';
  const u = (unit ?? '').trim().toLocaleLowerCase().replace(/\.$/, '');
  if (!word || !u || !/^\p{L}+$/u.test(u)) return false;
  if (word.startsWith(u)) return true;
  // An abbreviation: its letters in order in the word, from the first letter on.
  let i = 0;
  for (const ch of word) if (ch === u[i]) i++;
  return word[0] === u[0] && i === u.length;
}

/** The value as the gadget speaks it: with its unit, unless the label says the unit already. */
export function spokenValue(given: number, givenFormat: NumberFormat, locale: string | undefined, label: string | undefined): string {
  const { value, format } = shownValue(given, givenFormat);
  return labelSaysUnit(label, ownsUnit(format) ? undefined : format.unit)
    ? formatNumber(value, format, locale)
    : formatValue(value, format, locale);
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
