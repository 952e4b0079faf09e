/** Failures → a status card (render/status) plus the machine-readable code and a human message. */
import { renderStatus, type RenderOptions } from '../render/index';
import { translator, type MessageKey } from '../i18n/index';
import type { FieldError } from './config/types';
import type { ErrorCode, RenderResult } from './contract';

/** The catalogue key of what each code tells the user on the card. */
const STATUS_KEYS: Record<ErrorCode, MessageKey> = {
  NOT_CONFIGURED: 'status.notConfigured',
  INVALID_CONFIG: 'status.invalidConfig',
  INVALID_JQL: 'status.invalidJql',
  NO_PERMISSION: 'status.noPermission',
  NOT_FOUND: 'status.notFound',
  RATE_LIMITED: 'status.rateLimited',
  UNAVAILABLE: 'status.unavailable',
  TIMEOUT: 'status.timeout',
  BAD_RESPONSE: 'status.badResponse',
  NO_DATA: 'status.noData',
  UNAUTHENTICATED: 'status.unauthenticated',
  INTERNAL: 'status.internal',
};

/** An edit preview's draft that is not finished: no issues chosen yet, or settings still to complete. */
export type DraftState = 'blank' | 'unfinished';
const DRAFT_KEYS: Record<DraftState, MessageKey> = { blank: 'status.chooseIssues', unfinished: 'status.finishSettings' };

/** What each code tells the user on the card, in `locale`'s language (English without one). */
export function statusMessage(code: ErrorCode, locale?: string): string {
  return translator(locale)(STATUS_KEYS[code]);
}

/** What each code tells the user, in English (for answers that carry no locale). */
export const STATUS_MESSAGES = Object.fromEntries(
  Object.keys(STATUS_KEYS).map((code) => [code, statusMessage(code as ErrorCode)]),
) as Record<ErrorCode, string>;

/** The `render` failure result: status SVG + code + message (+ field errors for INVALID_CONFIG), in the render's language. */
export function statusResult(
  code: ErrorCode,
  options: RenderOptions,
  extra: { detail?: string; title?: string; errors?: FieldError[]; draft?: DraftState } = {},
): RenderResult {
  // The edit preview of an unfinished draft is calm: red is for a saved gadget someone must fix.
  const message = extra.draft ? translator(options.locale)(DRAFT_KEYS[extra.draft]) : statusMessage(code, options.locale);
  const state = code === 'NOT_CONFIGURED' || code === 'NO_DATA' || extra.draft ? 'empty' : 'error';
  const svg = renderStatus(
    { state, message, ...(extra.detail ? { detail: extra.detail } : {}), ...(extra.title ? { title: extra.title } : {}) },
    options,
  );
  const text = extra.detail ? translator(options.locale)('status.withDetail', { message, detail: extra.detail }) : message;
  return extra.errors ? { ok: false, svg, code, message: text, errors: extra.errors } : { ok: false, svg, code, message: text };
}
