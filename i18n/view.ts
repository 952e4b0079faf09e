/**
 * The gadget view's catalogues by language. Unlike the edit form's (fetched from the server), these
 * ship in the view: a few short messages, needed before (and when there is no) answer from the server.
 */
import { VIEW_CATALOGUES } from './catalogues/view';
import type { ViewCatalogue } from './en/view';
import { languageOf } from './locale';

export type { ViewCatalogue, ViewKey } from './en/view';
export { VIEW_CATALOGUES } from './catalogues/view';

/** The view's words for `locale` (a Jira or BCP 47 locale; English for a language without a catalogue). */
export function viewWordsFor(locale: unknown): ViewCatalogue {
  return VIEW_CATALOGUES[languageOf(locale)];
}
