/**
 * The host side of `@forge/bridge` for the local preview. In Jira, the page that frames a Custom UI app
 * provides `window.__bridge.callBridge(name, payload)`; the bridge package only forwards to it. Here this
 * script (served as /__forge/bridge.js and injected into the views' index.html) provides it and relays
 * each call to the dashboard page over postMessage — so the views run their production bundle unchanged.
 *
 * Calls handled: invoke, getContext, enableTheming, on/emit (events), navigate, submit, close, refresh.
 * Messages from the dashboard: {glance:'reply'}, {glance:'event'} (e.g. JIRA_DASHBOARD_GADGET_REFRESH),
 * {glance:'theme'} (Jira's colour mode changed).
 */

type Listener = (payload: unknown) => void;

const host = window.parent;
const origin = location.origin;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const listeners = new Map<string, Set<Listener>>();
const html = document.documentElement;
let next = 0;
let theming = false;

function call(name: string, payload?: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const id = ++next;
    pending.set(id, { resolve, reject });
    host.postMessage({ glance: 'call', id, name, payload }, origin);
  });
}

/** What Forge's theming does to the app's document: colour mode attributes on <html>. */
function applyTheme(mode: unknown): void {
  const m = mode === 'dark' ? 'dark' : 'light';
  html.setAttribute('data-theme', `dark:dark light:light`);
  html.setAttribute('data-color-mode', m);
}

window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== host || e.origin !== origin) return;
  const m = e.data as {
    glance?: string;
    id?: number;
    ok?: boolean;
    value?: unknown;
    error?: string;
    event?: string;
    payload?: unknown;
    colorMode?: string;
  };
  if (m?.glance === 'reply' && typeof m.id === 'number') {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.ok) p?.resolve(m.value);
    else p?.reject(new Error(m.error ?? 'bridge call failed'));
  } else if (m?.glance === 'event' && typeof m.event === 'string') {
    for (const fn of listeners.get(m.event) ?? []) fn(m.payload);
  } else if (m?.glance === 'theme' && theming) {
    applyTheme(m.colorMode);
  }
});

async function callBridge(name: string, payload?: Record<string, unknown>): Promise<unknown> {
  switch (name) {
    case 'on': {
      const event = String(payload?.event);
      const fn = payload?.callback as Listener;
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
      return { unsubscribe: () => listeners.get(event)?.delete(fn) };
    }
    case 'enableTheming': {
      const r = (await call('enableTheming')) as { colorMode?: string };
      theming = true;
      applyTheme(r?.colorMode);
      return undefined;
    }
    default:
      return call(name, payload);
  }
}

(globalThis as unknown as { __bridge: unknown }).__bridge = { callBridge };

// Like Jira's iframe resizer: tell the dashboard how tall the content is.
document.addEventListener('DOMContentLoaded', () => {
  const body = document.body;
  new ResizeObserver(() => host.postMessage({ glance: 'resize', height: Math.ceil(body.getBoundingClientRect().height) }, origin)).observe(
    body,
  );
});
export {};
