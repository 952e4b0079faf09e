/** Typed Jira failures, mapped to the contract's ErrorCode. */
import type { ErrorCode } from '../contract';
import type { Said } from '../../i18n/arguments';
import { GlanceError, said, STATUS_KEYS } from '../errors';

interface JiraErrorDetails {
  status?: number;
  jiraMessages?: string[];
  /** Rate limited or unavailable: seconds until Jira allows the next request, and that time (ms since the epoch). */
  retryAfterSeconds?: number;
  retryAt?: number;
  /** Rate limited: Jira's RateLimit-Reason. */
  limitReason?: string;
}

/**
 * A failure of a Jira call, or an answer Glance cannot use; `details` say what Jira answered. `log`
 * is the developers' line; the user is told `told` (Jira's own words when it gave some), by default
 * what the code's card says.
 */
export class JiraError extends GlanceError {
  constructor(
    code: ErrorCode,
    log: string,
    readonly details: JiraErrorDetails = {},
    told: Said = { key: STATUS_KEYS[code] },
  ) {
    super(code, told, { log });
    this.name = 'JiraError';
  }
}

/** Jira's error body: `{errorMessages: string[], errors: {field: message}}`; other bodies give []. */
export function jiraMessages(text: string): string[] {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return [];
    const { errorMessages, errors } = body as { errorMessages?: unknown; errors?: unknown };
    const list = Array.isArray(errorMessages) ? errorMessages.filter((m): m is string => typeof m === 'string') : [];
    if (typeof errors === 'object' && errors !== null) {
      for (const m of Object.values(errors)) if (typeof m === 'string') list.push(m);
    }
    return list.map((m) => m.slice(0, 500)).slice(0, 10);
  } catch {
    return [];
  }
}

/** Maps a non-2xx, non-retryable status to a JiraError. */
export function errorForStatus(status: number, text: string): JiraError {
  const messages = jiraMessages(text);
  const details = { status, jiraMessages: messages };
  switch (true) {
    case status === 400:
      return new JiraError('INVALID_JQL', `HTTP 400: ${messages.join(' ')}`, details, jiraSaid(messages, said('jira.queryFailed')));
    case status === 401:
      return new JiraError('UNAUTHENTICATED', 'Jira did not accept the sign-in.', details);
    case status === 403:
      return new JiraError('NO_PERMISSION', "You don't have permission to see this in Jira.", details);
    case status === 404:
      return new JiraError('NOT_FOUND', `HTTP 404: ${messages.join(' ')}`, details, jiraSaid(messages, said('jira.notFound')));
    case status === 429:
      return new JiraError('RATE_LIMITED', 'Jira is receiving too many requests right now.', details);
    case status >= 500:
      return new JiraError('UNAVAILABLE', 'Jira is not answering right now.', details);
    default:
      return new JiraError('BAD_RESPONSE', `Jira answered in a way Glance did not expect (HTTP ${status}).`, details);
  }
}

/** Jira's own words (in the language of the user's Jira), or `otherwise` when it gave none. */
function jiraSaid(messages: string[], otherwise: Said): Said {
  return messages.length > 0 ? said('jira.said', { messages: messages.join(' ') }) : otherwise;
}
