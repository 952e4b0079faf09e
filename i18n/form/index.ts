/**
 * The edit form's catalogues by language, for the `formWords` resolver: the edit page ships English
 * and asks for its viewer's language once (one catalogue, not six, stays in its size budget).
 */
import { languageOf, type Language } from '../locale';
import { formDe } from './de';
import { formEn, type FormCatalogue } from './en';
import { formEs } from './es';
import { formFr } from './fr';
import { formJa } from './ja';
import { formPtBR } from './pt-BR';

export type { FormCatalogue, FormKey } from './en';

export const FORM_CATALOGUES: Readonly<Record<Language, FormCatalogue>> = {
  en: formEn,
  de: formDe,
  fr: formFr,
  es: formEs,
  ja: formJa,
  'pt-BR': formPtBR,
};

/** The form catalogue for `locale` (English for a language without one) and its language. */
export function formWordsFor(locale: unknown): { language: Language; words: FormCatalogue } {
  const language = languageOf(locale);
  return { language, words: FORM_CATALOGUES[language] };
}
