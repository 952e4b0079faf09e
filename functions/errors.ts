/** Typed failures: what the user is told on the status card instead of a number. */
import type { ErrorCode } from './contract';

/**
 * A failure Glance reports to the user: a machine-readable code (the status card it becomes) and a
 * message a Jira user understands. Jira's own refusals are one kind of it (JiraError,
 * jira/errors.ts); the others come from Glance's checks of what it read: a formula dividing by zero,
 * a version without dates, a field that does not hold numbers, a query that cannot be combined.
 */
export class GlanceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GlanceError';
  }
}
