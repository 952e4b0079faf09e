/**
 * The one test for "a JSON object" (not null, not an array) of answers and payloads read as unknown:
 * Jira's answers, resolver payloads, stored configurations. The views bundle this file: keep it plain.
 */

/** Whether `value` is an object with string keys to read (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
