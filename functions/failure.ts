/**
 * How a resolver words what went wrong: an error → code + detail for the user, in the locale's
 * language (the resolvers answer with it). The one place a {@link GlanceError} becomes words.
 */
import { translator } from '../i18n/index';
import type { ErrorCode, OptionsResult } from './contract';
import { GlanceError } from './errors';
import { JiraError } from './jira/errors';
import { limitKey } from './jira/rate-headers';
import { ConsentRequired } from './jira/transport';
import { wordsIn } from './say';
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
