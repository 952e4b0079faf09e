/**
 * The one way functions/ reaches Jira. A Transport sends a single HTTP request (no retries, no
 * error mapping — that is JiraClient's job). Paths are always `route` tagged templates.
 */
import type { Route } from '@forge/api';

export type HttpMethod = 'GET' | 'POST';

/** A raw answer: status, headers (case-insensitive `get`) and the body as text. */
export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
}

/** Sends one request; rejects on network failure or when `signal` aborts. */
export interface Transport {
  request(method: HttpMethod, path: Route, body?: unknown, signal?: AbortSignal): Promise<TransportResponse>;
}

/**
 * The user has not yet allowed the app to act as them (Forge's NeedsAuthenticationError). It is not
 * a Jira error: the resolver rethrows the original so Forge can show its "Allow access" prompt.
 */
export class ConsentRequired extends Error {
  constructor(readonly original: unknown) {
    super('The user has not allowed Glance to read Jira as them yet.');
    this.name = 'ConsentRequired';
  }
}
