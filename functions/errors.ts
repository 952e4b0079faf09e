/**
 * The one shape of a failure Glance reports to the user: a code (the status card it becomes) and what
 * to tell the user as a catalogue key with its values ({@link Said}, typed against the English message).
 * Nothing here translates: the words are chosen once, at the resolvers' edge, in the viewer's language
 * (failure.ts). Jira's refusals are one kind (JiraError, jira/errors.ts); the others are Glance's findings
 * in what it read (a formula dividing by zero, a version without dates, a field without numbers). The
 * configuration's problems have the same shape with a path instead of a code (config/checker.ts `Problem`).
 */
import type { Said, ValuesArgument } from '../i18n/arguments';
import type { MessageKey } from '../i18n/index';
import type { ErrorCode } from './contract';

/** Catalogue message `key` with its values, as a {@link Said} (the values are checked against the message). */
export function said<K extends MessageKey>(key: K, ...values: ValuesArgument<K>): Said {
  return (values.length > 0 ? { key, values: values[0] } : { key }) as Said;
}

/** The catalogue key of what each code tells the user on the card. */
export const STATUS_KEYS = {
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
} as const satisfies Record<ErrorCode, MessageKey>;

/** A failure for the user: `code`, what to tell them (`said`), the setting that fixes it, a headline of its own. */
export class GlanceError extends Error {
  /** The setting that can fix it (the edit form marks that field). */
  readonly path?: string;
  /** The card's headline in place of the code's usual one. */
  readonly headline?: Said;

  /** `log`: the line for the server's log and for developers (default: the key), never shown to the user. */
  constructor(
    readonly code: ErrorCode,
    readonly said: Said,
    more: { path?: string; headline?: Said; log?: string } = {},
  ) {
    super(more.log ?? said.key);
    this.name = 'GlanceError';
    if (more.path !== undefined) this.path = more.path;
    if (more.headline !== undefined) this.headline = more.headline;
  }
}
