/** Failures → a status card (render/status) plus the machine-readable code and a human message. */
import { renderStatus, type RenderOptions } from '../render/index';
import type { FieldError } from './config/types';
import type { ErrorCode, RenderResult } from './contract';

/** What each code tells the user on the card. */
export const STATUS_MESSAGES: Record<ErrorCode, string> = {
  NOT_CONFIGURED: 'Edit this gadget to choose what it shows',
  INVALID_CONFIG: "This gadget's settings need fixing",
  INVALID_JQL: 'Jira could not run this query',
  NO_PERMISSION: "You don't have permission to see this data",
  NOT_FOUND: 'The filter, project or version was not found',
  RATE_LIMITED: 'Jira is rate limiting Glance right now',
  UNAVAILABLE: 'Jira is not responding right now',
  TIMEOUT: 'Jira took too long to answer',
  BAD_RESPONSE: 'Jira sent an answer Glance could not read',
  NO_DATA: 'No data to show',
  UNAUTHENTICATED: 'Sign in to Jira to see this gadget',
  INTERNAL: 'Something went wrong in Glance',
};

/** The `render` failure result: status SVG + code + message (+ field errors for INVALID_CONFIG). */
export function statusResult(
  code: ErrorCode,
  options: RenderOptions,
  extra: { detail?: string; title?: string; errors?: FieldError[] } = {},
): RenderResult {
  const message = STATUS_MESSAGES[code];
  const state = code === 'NOT_CONFIGURED' || code === 'NO_DATA' ? 'empty' : 'error';
  const svg = renderStatus({ state, message, ...(extra.detail ? { detail: extra.detail } : {}), ...(extra.title ? { title: extra.title } : {}) }, options);
  const text = extra.detail ? `${message}: ${extra.detail}` : message;
  return extra.errors ? { ok: false, svg, code, message: text, errors: extra.errors } : { ok: false, svg, code, message: text };
}
