/**
 * The per-request time limit of the Jira client as a timer of its own (client.ts `send`), so it
 * holds whether or not the transport honours its AbortSignal.
 */

/** What {@link settledBy} rejects with when the time is up. */
export class TimedOut extends Error {
  constructor() {
    super('timed out');
  }
}

/**
 * `work`, or a rejection with a {@link TimedOut} after `ms`, whichever comes first. The time limit must
 * not depend on the transport honouring its AbortSignal: Forge's `requestJira` hands `init` to the
 * runtime's `__forge_fetch__` (node_modules/@forge/api/out/api/fetch.js, `__fetchProduct`) and nothing
 * documents that it aborts on `signal`; a request that ignores it still ends here, on time (and this
 * timer, unlike AbortSignal.timeout's, keeps the process waiting for it).
 */
export function settledBy<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), Math.ceil(ms));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
