/**
 * The benchmark's host page script (Jira's part): frames one gadget page and answers the bridge
 * shim's calls (dev/bridge-shim) — `invoke` through this server's /invoke, theming as light mode.
 */
const frame = document.querySelector('iframe')!;

window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as { glance?: string; id?: number; name?: string; payload?: { functionKey?: string; payload?: unknown } };
  if (e.source !== frame.contentWindow || e.origin !== location.origin || m?.glance !== 'call') return;
  const reply = (value: unknown): void => frame.contentWindow!.postMessage({ glance: 'reply', id: m.id, ok: true, value }, location.origin);
  if (m.name === 'invoke') {
    void fetch('/invoke', { method: 'POST', body: JSON.stringify({ functionKey: m.payload?.functionKey, payload: m.payload?.payload }) })
      .then((r) => r.json())
      .then(reply);
  } else if (m.name === 'enableTheming') {
    reply({ colorMode: 'light' });
  } else {
    reply(undefined);
  }
});
export {};
