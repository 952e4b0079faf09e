/** Failures → a status card (render/status) plus the machine-readable code and a human message. */
import { renderStatus, type RenderOptions } from '../render/index';
import { translator, type MessageKey, type Translate } from '../i18n/index';
import type { FieldError } from './config/types';
import type { ErrorCode, RenderResult } from './contract';
import { STATUS_KEYS } from './errors';

/** An edit preview's draft that is not finished: no issues chosen yet, or settings still to complete. */
export type DraftState = 'blank' | 'unfinished';
const DRAFT_KEYS: Record<DraftState, MessageKey> = { blank: 'status.chooseIssues', unfinished: 'status.finishSettings' };

/** What each code tells the user on the card, in `locale`'s language (English without one). */
export function statusMessage(code: ErrorCode, locale?: string): string {
  return translator(locale)(STATUS_KEYS[code]);
}

/** A wait in words, in the language of `t`: "retry in 40 s", "retry in 12 min", "retry in 1 h". */
export function retryIn(seconds: number, t: Translate): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 120) return t('status.retryIn', { seconds: String(s) });
  if (s < 7_200) return t('status.retryInMinutes', { minutes: String(Math.ceil(s / 60)) });
  return t('status.retryInHours', { hours: String(Math.round(s / 3_600)) });
}

/**
 * Failures that mean "Jira cannot answer now", not "this gadget or user is wrong": rate limits, Jira
 * down or slow, an answer Glance could not read. Their cards are calm (render/status.ts `waiting`),
 * and the view keeps its last picture and retries by itself (static/view/keep.ts). Red is for what a
 * person must fix: the query, permissions, the settings.
 */
const TRANSIENT_CODES: readonly ErrorCode[] = ['RATE_LIMITED', 'UNAVAILABLE', 'TIMEOUT', 'BAD_RESPONSE'];

/**
 * Why a gadget shows no number, before it is put into words: the code, the detail that helps the
 * user (in the viewer's language), the gadget's title, the field errors of INVALID_CONFIG, Jira's
 * wait, an unfinished draft, a headline of its own. `render` draws it as a status card, `export`
 * answers its message.
 */
export interface StatusFailure {
  code: ErrorCode;
  detail?: string;
  title?: string;
  errors?: FieldError[];
  retryInSeconds?: number;
  draft?: DraftState;
  /** The card's headline in place of the code's usual one (a hidden project names it). */
  headline?: string;
}

/** The card's headline: an unfinished draft's calm words, the failure's own headline, or the code's. */
function headlineOf(failure: StatusFailure, locale: string | undefined): string {
  // The edit preview of an unfinished draft is calm: red is for a saved gadget someone must fix.
  return failure.draft ? translator(locale)(DRAFT_KEYS[failure.draft]) : (failure.headline ?? statusMessage(failure.code, locale));
}

/** What a failure tells the user in words: the headline, its detail and Jira's wait ("…: retry in 40 s"). */
export function failureText(failure: StatusFailure, locale: string | undefined): string {
  const say = translator(locale);
  const message = headlineOf(failure, locale);
  const wait = failure.retryInSeconds;
  const detail = [failure.detail, ...(wait ? [retryIn(wait, say)] : [])].filter(Boolean).join('; ');
  return detail ? say('status.withDetail', { message, detail }) : message;
}

/**
 * The `render` failure result: status SVG + code + message (+ field errors for INVALID_CONFIG), in
 * the render's language. A transient failure is marked so, with `retryInSeconds` when Jira said when;
 * the wait is in the message but not on the card, where the view counts it down instead.
 */
export function statusResult(failure: StatusFailure, options: RenderOptions): RenderResult {
  const { code, draft, detail, title, errors, retryInSeconds: wait } = failure;
  const transient = TRANSIENT_CODES.includes(code);
  const state = code === 'NOT_CONFIGURED' || code === 'NO_DATA' || draft ? 'empty' : transient ? 'waiting' : 'error';
  const message = headlineOf(failure, options.locale);
  const svg = renderStatus({ state, message, ...(detail ? { detail } : {}), ...(title ? { title } : {}) }, options);
  return {
    ok: false,
    svg,
    code,
    message: failureText(failure, options.locale),
    ...(errors ? { errors } : {}),
    ...(transient ? { transient: true, ...(wait ? { retryInSeconds: wait } : {}) } : {}),
  };
}
