/**
 * The registry: Glance's languages, one line each. A language is a folder `i18n/<language>/` with its
 * four catalogues (`messages.ts` the server's words, `form.ts` the edit form's, `view.ts` the gadget
 * view's, `manifest.json` the gadgets' titles for the manifest's `translations`), and the locale Jira
 * names it by in the manifest. Everything else is made from this list: the catalogue maps in
 * `i18n/catalogues/` and manifest.yml's `translations.resources` (`npm run gen:i18n`, checked by
 * test/i18n/registry.test.ts), and which locales get the language (its primary subtag: `pt-PT` gets
 * pt-BR). English is the source and the fallback. How to add one: docs/architecture.md, "Languages".
 */
export const REGISTRY = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  ja: 'ja-JP',
  'pt-BR': 'pt-BR',
} as const;

/** A language with a catalogue folder. */
export type Language = keyof typeof REGISTRY;

/** The languages with a catalogue, in the registry's order; English first. */
export const LANGUAGES = Object.keys(REGISTRY) as readonly Language[];
