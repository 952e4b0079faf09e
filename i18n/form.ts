/**
 * The edit form's catalogues by language, for the `formWords` resolver: the edit page ships English
 * and asks for its viewer's language once (one catalogue, not six, stays in its size budget).
 */
import { FORM_CATALOGUES } from './catalogues/form';
import type { FormCatalogue } from './en/form';
import { languageOf, type Language } from './locale';

export type { FormCatalogue, FormKey } from './en/form';
export { FORM_CATALOGUES } from './catalogues/form';

/** The form catalogue for `locale` (English for a language without one) and its language. */
export function formWordsFor(locale: unknown): { language: Language; words: FormCatalogue } {
  const language = languageOf(locale);
  return { language, words: FORM_CATALOGUES[language] };
}
