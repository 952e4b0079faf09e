/**
 * Transport inside Forge: `api.asUser().requestJira(route)`, so Jira answers exactly what the viewing
 * user may see. Never asApp().
 */
import api, { NeedsAuthenticationError, ProxyRequestError, type Route } from '@forge/api';
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
        if (error instanceof ProxyRequestError) return proxyAnswer(error);
        throw error;
      }
    },
  };
}

/**
 * A Forge proxy error as the answer it stands for. `@forge/api` throws ProxyRequestError(status,
 * errorCode) when the proxy's response carries a `forge-proxy-error` header other than
 * NEEDS_AUTHENTICATION_ERR (node_modules/@forge/api/out/api/fetch.js, `handleProxyResponseErrors`;
 * the class in out/api/errors.js). Its status says what happened, so the client treats it like that
 * status: 429 waits and retries, 5xx retries, any other 4xx fails at once (no retry can help);
 * a status outside 4xx–5xx is the proxy failing (502). The error code is kept in Jira's error shape.
 */
function proxyAnswer(error: ProxyRequestError): TransportResponse {
  const status = Number.isInteger(error.status) && error.status >= 400 && error.status <= 599 ? error.status : 502;
  const code = typeof error.errorCode === 'string' ? error.errorCode.slice(0, 100) : 'unknown';
  return {
    status,
    headers: new Headers(),
    text: JSON.stringify({ errorMessages: [`Forge could not pass the request on to Jira (${code}).`] }),
  };
}
