/**
 * How a resolver words what went wrong, in the viewer's language: the resolvers' edge, where what
 * the domain says (`Said`: a catalogue key and its values, the one error shape) becomes words, once.
 */
import type { Said } from '../i18n/arguments';
import { translator, type Translate, type Values } from '../i18n/index';
import type { Problem } from './config/checker';
import type { FieldError } from './config/types';
import type { ErrorCode, OptionsResult } from './contract';
import { GlanceError } from './errors';
import { JiraError } from './jira/errors';
import { limitKey } from './jira/rate-headers';
import { ConsentRequired } from './jira/transport';
import { failureText } from './status';

/**
 * Codes whose words help the user: Jira's own (invalid JQL, missing filter), which setting is
 * unusable, or why there is no number ("division by zero"). For the others the card says it all.
 */
const TOLD: readonly ErrorCode[] = ['INVALID_JQL', 'NOT_FOUND', 'INVALID_CONFIG', 'NO_DATA'];

/**
 * An error → code + detail for the user (+ when Jira said to ask again). ConsentRequired is rethrown as
 * Forge's own error so the platform shows its "Allow access" prompt; anything unexpected is INTERNAL
 * without a stack trace.
 */
export function failure(error: unknown, locale?: string): { code: ErrorCode; detail?: string; retryInSeconds?: number; headline?: string } {
  if (error instanceof ConsentRequired) throw error.original;
  if (error instanceof GlanceError) {
    const wait = error instanceof JiraError ? error.details.retryAfterSeconds : undefined;
    const retry = wait ? { retryInSeconds: Math.max(1, Math.ceil(wait)) } : {};
    if (error.code === 'RATE_LIMITED') {
      const reason = error instanceof JiraError ? error.details.limitReason : undefined;
      return { code: error.code, detail: translator(locale)(limitKey(reason)), ...retry };
    }
    if (error.code === 'UNAVAILABLE' && wait) return { code: error.code, ...retry };
    return {
      code: error.code,
      detail: TOLD.includes(error.code) ? wordsIn(error.said, locale) : undefined,
      ...(error.headline ? { headline: wordsIn(error.headline, locale) } : {}),
    };
  }
  console.error('glance: unexpected error', error instanceof Error ? error.message : typeof error);
  return { code: 'INTERNAL' };
}

/** A picker's failure, in the locale's words (with Jira's wait when it said one). */
export function optionsFailure(error: unknown, locale: string | undefined): OptionsResult {
  const { code, detail, retryInSeconds } = failure(error, locale);
  return { ok: false, code, message: failureText({ code, detail, retryInSeconds }, locale) };
}

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
