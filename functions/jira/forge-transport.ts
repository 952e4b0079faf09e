/**
 * Transport inside Forge: `api.asUser().requestJira(route)`, so Jira answers exactly what the viewing
 * user may see. Never asApp().
 */
import api, { NeedsAuthenticationError, type Route } from '@forge/api';
import { ConsentRequired, type HttpMethod, type Transport, type TransportResponse } from './transport';

/** The transport for one user. The accountId is not sent: Forge binds asUser() to the invocation's user. */
export function forgeTransportFor(_accountId: string): Transport {
  return {
    async request(method: HttpMethod, path: Route, body?: unknown, signal?: AbortSignal): Promise<TransportResponse> {
      try {
        const response = await api.asUser().requestJira(path, {
          method,
          headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
        return { status: response.status, headers: response.headers, text: await response.text() };
      } catch (error) {
        if (error instanceof NeedsAuthenticationError) throw new ConsentRequired(error);
        throw error;
      }
    },
  };
}
