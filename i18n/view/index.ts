/**
 * The gadget view's catalogues by language. Unlike the edit form's (fetched from the server), these
 * ship in the view: a few short messages, needed before (and when there is no) answer from the server.
 */
import { languageOf, type Language } from '../locale';
import { viewEn, type ViewCatalogue } from './en';
import { viewDe, viewEs, viewFr, viewJa, viewPtBR } from './others';

export type { ViewCatalogue, ViewKey } from './en';

export const VIEW_CATALOGUES: Readonly<Record<Language, ViewCatalogue>> = {
  en: viewEn,
  de: viewDe,
  fr: viewFr,
  es: viewEs,
  ja: viewJa,
  'pt-BR': viewPtBR,
};

/** The view's words for `locale` (a Jira or BCP 47 locale; English for a language without a catalogue). */
export function viewWordsFor(locale: unknown): ViewCatalogue {
  return VIEW_CATALOGUES[languageOf(locale)];
}
