/**
 * Translates the edit form: `t(key)` gives the form's words in the viewer's language. English ships with
 * the page (i18n/en/form.ts); another language's catalogue comes from the `formWords` resolver once,
 * before the form is built (`useWords`). A message the catalogue lacks or cannot parse falls back to
 * English, so a stale or broken catalogue never blanks a label.
 */
import { form as formEn, type FormKey } from '../../i18n/en/form';
import { supportedLocale } from '../../i18n/locale';
import { formatParts, parseMessage, type Part, type Values } from '../../i18n/message';

let catalogue: Partial<Record<FormKey, string>> = {};
let locale = 'en';
const parsed = new Map<FormKey, Part[]>();

/** Uses `words` (a catalogue from the server; unknown keys ignored, missing ones English), numbers in `numberLocale`. */
export function useWords(words: unknown, numberLocale: string): void {
  catalogue = {};
  parsed.clear();
  locale = supportedLocale(numberLocale) ?? 'en';
  if (typeof words !== 'object' || words === null) return;
  for (const key of Object.keys(formEn) as FormKey[]) {
    const message = (words as Record<string, unknown>)[key];
    if (typeof message === 'string' && message !== '') catalogue[key] = message;
  }
}

function partsOf(key: FormKey): Part[] {
  let parts = parsed.get(key);
  if (!parts) {
    try {
      parts = parseMessage(catalogue[key] ?? formEn[key]);
    } catch {
      parts = parseMessage(formEn[key]);
    }
    parsed.set(key, parts);
  }
  return parts;
}

/** The form's words for `key` in the viewer's language. */
export function t(key: FormKey, values: Values = {}): string {
  return formatParts(partsOf(key), values, locale);
}
