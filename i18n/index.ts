/**
 * The server's words in the user's language: `translator(locale)` gives a function from a catalogue
 * key and its values to the message in the locale's language (English when there is no catalogue
 * for it). Pure data and a pure formatter: render/ may import this folder (and only this one of ours).
 */
import { CATALOGUES } from './catalogues/messages';
import { messages as en, type MessageKey } from './en/messages';
import { LANGUAGES, languageOf, supportedLocale, type Language } from './locale';
import { memo } from './memo';
import { formatParts, parseMessage, type Part, type Values } from './message';

export { languageOf, LANGUAGES, type Language } from './locale';
export type { MessageKey, Catalogue } from './en/messages';
export type { Values } from './message';
/** Every server catalogue by language (i18n/<language>/messages.ts). */
export { CATALOGUES };

/** A message lookup bound to one locale. */
export type Translate = (key: MessageKey, values?: Values) => string;

// eslint-disable-next-line no-restricted-syntax -- parsed catalogue messages per language and key: our own words, no Jira data, no input; bounded by the catalogues
const compiled = memo<string, Part[]>(LANGUAGES.length * Object.keys(en).length);

/** The parsed message (parsed once per language and key); a broken translation falls back to English. */
function partsOf(language: Language, key: MessageKey): Part[] {
  return compiled(`${language}\u0000${key}`, () => {
    try {
      return parseMessage(CATALOGUES[language][key]);
    } catch {
      return language === 'en' ? [key] : partsOf('en', key);
    }
  });
}

// eslint-disable-next-line no-restricted-syntax -- a message lookup per locale and language tag: no Jira data; bounded to 128
const translators = memo<string, Translate>(128);
const NO_VALUES: Values = Object.freeze({});

/**
 * The lookup for `locale` (a BCP 47 tag or Jira's `de_DE`; anything else is English): messages from
 * the catalogue of `language` (default: `locale`'s), numbers in them (`#`, numeric values) formatted
 * in `locale`.
 */
export function translator(locale?: string, language: string | undefined = locale): Translate {
  return translators(`${locale ?? ''}\u0000${language ?? ''}`, () => {
    const catalogue = languageOf(language);
    const numbers = supportedLocale(locale) ?? 'en-US';
    // Parsed messages by key for this translator: a lookup is one Map read, a message without
    // arguments no formatting at all (a render asks for a dozen).
    const local = new Map<MessageKey, Part[]>();
    return (key: MessageKey, values: Values = NO_VALUES): string => {
      let parts = local.get(key);
      if (!parts) {
        parts = partsOf(catalogue, key);
        local.set(key, parts);
      }
      return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : formatParts(parts, values, numbers);
    };
  });
}
