/**
 * The resolvers' edge, where what Glance says ({@link Said}: a catalogue key and its values, the one
 * shape the domain reports in) becomes words, once, in the viewer's language.
 */
import type { Said } from '../i18n/arguments';
import { translator, type Translate, type Values } from '../i18n/index';
import type { Problem } from './config/checker';
import type { FieldError } from './config/types';

/** `said` in the language of `t`; a value that is itself a message (a setting's name) is said first. */
function words(said: Said, t: Translate): string {
  if (!said.values) return t(said.key);
  const values: Values = {};
  for (const [name, value] of Object.entries(said.values as Record<string, string | number | Said>)) {
    values[name] = typeof value === 'object' ? words(value, t) : value;
  }
  return t(said.key, values);
}

/** `said` in `locale`'s language (English without one). */
export function wordsIn(said: Said, locale?: string): string {
  return words(said, translator(locale));
}

/**
 * The problems of a failed validation as the resolvers answer them, in the language of `t`: the
 * first ones (config/checker.ts MAX_ERRORS), then (when more were found) one line at the
 * configuration's root that counts the rest ("… and 79,980 more problems").
 */
export function fieldErrors(result: { errors: Problem[]; omitted?: number }, t: Translate): FieldError[] {
  const errors = result.errors.map(({ path, said }) => ({ path, message: words(said, t) }));
  return result.omitted ? [...errors, { path: 'config', message: t('config.moreProblems', { count: result.omitted }) }] : errors;
}
