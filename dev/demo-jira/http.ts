/** Small HTTP helpers: Jira-shaped error bodies and JSON responses. */
import type { ServerResponse } from 'node:http';
import { errorBody } from './jira-shapes';

/** What a route returns. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Jira's error body: `{errorMessages, errors}`. */
export function jiraError(status: number, messages: string[], headers?: Record<string, string>): Reply {
  return { status, body: errorBody(messages), headers };
}

export function sendJson(res: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-cache, no-store, no-transform',
    ...reply.headers,
  });
  res.end(text);
}

/** Reads a non-negative integer query/body parameter; undefined if absent, NaN if malformed. */
export function intParam(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 0 ? n : Number.NaN;
}
