/**
 * Transport over `fetch` for the local preview and real sites: a base URL (the embedded demo Jira or
 * https://your-site.atlassian.net) and optional Basic auth with an email and an API token.
 */
import type { HttpMethod, Transport, TransportResponse } from './transport';
import type { Route } from '@forge/api';

interface FetchTransportOptions {
  baseUrl: string;
  email?: string;
  apiToken?: string;
}

/** Creates a Transport that sends requests to `baseUrl` with `fetch`. */
export function fetchTransport({ baseUrl, email, apiToken }: FetchTransportOptions): Transport {
  const base = baseUrl.replace(/\/+$/, '');
  const auth = email && apiToken ? `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}` : undefined;
  return {
    async request(method: HttpMethod, path: Route, body?: unknown, signal?: AbortSignal): Promise<TransportResponse> {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (auth) headers.Authorization = auth;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${base}${path.value}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        redirect: 'error',
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    },
  };
}
