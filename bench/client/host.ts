/**
 * The benchmark's host page script (Jira's part): frames gadget pages and answers their bridge
 * shims' calls (dev/bridge-shim) — `invoke` through this server's /invoke, theming as light mode.
 */
// Loaded in <head> before the frames exist (a frame can call before a deferred script would run), so frames are looked up per message.
window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as { glance?: string; id?: number; name?: string; payload?: { functionKey?: string; payload?: unknown } };
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
  if (!frame || e.origin !== location.origin || m?.glance !== 'call') return;
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
