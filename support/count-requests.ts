/**
 * Counts the requests an in-process HTTP server receives, through Node's `http.server.request.start`
 * diagnostics channel: Jira calls are counted at the (demo) Jira's side, not by the code under test.
 */
import dc from 'node:diagnostics_channel';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts counting requests received by the HTTP server listening on `port` (in this process). */
export function countRequestsTo(port: number): { readonly count: number; stop(): void } {
  let count = 0;
  const onStart = (message: unknown) => {
    const server = (message as { server?: Server }).server;
    if ((server?.address() as AddressInfo | null)?.port === port) count++;
  };
  dc.subscribe('http.server.request.start', onStart);
  return {
    get count() {
      return count;
    },
    stop: () => dc.unsubscribe('http.server.request.start', onStart),
  };
}
