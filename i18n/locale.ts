/**
 * Which catalogue a locale gets. Jira writes locales as `de_DE`, `pt_BR`, `ja_JP`; browsers and
 * Custom UI as `de-DE`, `pt-BR`, `ja`. Matching is by language; Portuguese of any region gets the
 * Brazilian catalogue (the one we have); anything else English.
 */

import { LANGUAGES, type Language } from './languages';

export { LANGUAGES, type Language } from './languages';

/** Each registered language by its primary subtag (`pt` → pt-BR). */
const BY_PRIMARY: Readonly<Record<string, Language>> = Object.fromEntries(LANGUAGES.map((l) => [l.split('-')[0].toLowerCase(), l]));

/** The catalogue language of `locale` (`de_DE`, `de-AT` → de; `pt_BR`, `pt-PT` → pt-BR; else en). */
export function languageOf(locale: unknown): Language {
  if (typeof locale !== 'string' || locale.length > 64) return 'en';
  const primary = /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(locale.trim())?.[1]?.toLowerCase();
  return (primary !== undefined && Object.prototype.hasOwnProperty.call(BY_PRIMARY, primary) ? BY_PRIMARY[primary] : undefined) ?? 'en';
}

/** A Jira-style locale (`de_DE`) as a BCP 47 tag (`de-DE`); other strings unchanged. */
export function bcp47(locale: string): string {
  return /^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})+$/.test(locale) ? locale.replace(/_/g, '-') : locale;
}
