/**
 * The one locale module of every layer (render/, functions/ and static/ may all import i18n/): which
 * locales Intl formats in, and which catalogue a locale gets. Jira writes locales as `de_DE`,
 * `pt_BR`, `ja_JP`; browsers and Custom UI as `de-DE`, `pt-BR`, `ja`. Matching is by language;
 * Portuguese of any region gets the Brazilian catalogue (the one we have); anything else English.
 */
import { memo } from './memo';

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

/** The longest locale accepted anywhere (a configuration's pinned locale, a request's, Forge's context). */
const MAX_LOCALE_LENGTH = 35;

// eslint-disable-next-line no-restricted-syntax -- locale text → its supported tag: no Jira data; bounded to 128
const supported = memo<string, string | undefined>(128);

/**
 * `value` — a BCP 47 tag (`de-DE`, `EN-us`) or Jira's spelling (`de_DE`) — as a canonical BCP 47 tag
 * (`de-DE`) if Intl formats numbers and dates in it; undefined for anything else (not a string,
 * empty, longer than {@link MAX_LOCALE_LENGTH}, not a well-formed tag, not supported). The one check.
 */
export function supportedLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LOCALE_LENGTH) return undefined;
  return supported(value, () => {
    try {
      const [tag] = Intl.getCanonicalLocales(value.replace(/_/g, '-'));
      return tag && Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 && Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
        ? tag
        : undefined;
    } catch {
      return undefined; // RangeError: not a well-formed language tag
    }
  });
}
