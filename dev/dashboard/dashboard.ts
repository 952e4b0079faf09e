/**
 * The preview dashboard page (plays Jira's dashboard): one iframe per gadget, in view or edit mode, and
 * the host end of the bridge shim — it answers the frames' bridge calls through the preview server,
 * which runs the real resolvers as the chosen demo user. Also: user switcher, light/dark, refresh.
 */

interface GadgetState {
  id: string;
  kind: string;
  config: Record<string, unknown>;
}
interface State {
  source: { label: string; siteUrl?: string };
  users: { accountId: string; displayName: string; timeZone?: string; locale?: string }[];
  gadgets: GadgetState[];
}
interface Frame {
  gadget: GadgetState;
  mode: 'view' | 'edit';
  iframe: HTMLIFrameElement;
  card: HTMLElement;
  timer?: ReturnType<typeof setInterval>;
}

const REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';
const KIND_NAMES: Record<string, string> = { gauge: 'Gauge', counter: 'Counter', progress: 'Progress bar' };
const grid = document.getElementById('grid')!;
const userSelect = document.getElementById('user') as HTMLSelectElement;
/** Jira language of the viewing user: empty = their profile's; else as if they had changed it in Jira. */
const languageSelect = document.getElementById('language') as HTMLSelectElement;
const dark = document.getElementById('dark') as HTMLInputElement;
const toast = document.getElementById('toast')!;
const frames = new Map<string, Frame>();
let state: State;

function colorMode(): 'light' | 'dark' {
  return dark.checked ? 'dark' : 'light';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(path: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(path, { ...init, headers: { 'Content-Type': 'application/json' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

function title(g: GadgetState): string {
  return typeof g.config.title === 'string' && g.config.title ? g.config.title : `Untitled ${KIND_NAMES[g.kind] ?? g.kind}`;
}

function mount(gadget: GadgetState, mode: 'view' | 'edit'): void {
  const old = frames.get(gadget.id);
  if (old?.timer) clearInterval(old.timer);
  const card = old?.card ?? el('section', { class: 'card', 'data-gadget': gadget.id });
  card.classList.toggle('editing', mode === 'edit');
  const heading = el('h2', { id: `t-${gadget.id}` }, mode === 'edit' ? `Edit: ${title(gadget)}` : title(gadget));
  const kind = el('span', { class: 'kind' }, KIND_NAMES[gadget.kind] ?? gadget.kind);
  const header = el('header');
  header.append(heading, kind);
  if (mode === 'view') {
    const refresh = el('button', { type: 'button', 'data-action': 'refresh', 'aria-label': `Refresh ${title(gadget)}` }, 'Refresh');
    refresh.addEventListener('click', () => broadcast(REFRESH_EVENT, { origin: 'gadget', gadgetId: gadget.id }));
    const edit = el('button', { type: 'button', 'data-action': 'edit', 'aria-label': `Edit ${title(gadget)}` }, 'Edit');
    edit.addEventListener('click', () => mount(gadget, 'edit'));
    header.append(refresh, edit);
  }
  const iframe = el('iframe', {
    src: `/${mode}/index.html?gadget=${encodeURIComponent(gadget.id)}`,
    title: `${title(gadget)} (${mode})`,
    'data-mode': mode,
  });
  card.replaceChildren(header, iframe);
  if (!old) grid.append(card);
  const frame: Frame = { gadget, mode, iframe, card };
  // Jira's auto-refresh: the submitted `refresh` (minutes) → the refresh event, while in view mode. As for a
  // refreshable: false gadget in Jira, the event goes to every gadget, naming the one it is for.
  const minutes = Number(gadget.config.refresh);
  if (mode === 'view' && minutes > 0)
    frame.timer = setInterval(() => broadcast(REFRESH_EVENT, { origin: 'gadget', gadgetId: gadget.id }), minutes * 60_000);
  frames.set(gadget.id, frame);
  if (mode === 'edit') iframe.focus();
}

function post(frame: Frame, message: unknown): void {
  frame.iframe.contentWindow?.postMessage(message, location.origin);
}

/** Sends an event to every gadget, as Jira sends JIRA_DASHBOARD_GADGET_REFRESH to all Forge gadgets. */
function broadcast(event: string, payload: unknown): void {
  for (const f of frames.values()) post(f, { glance: 'event', event, payload });
}

function frameOf(source: MessageEventSource | null): Frame | undefined {
  for (const f of frames.values()) if (f.iframe.contentWindow === source) return f;
  return undefined;
}

function showToast(node: Node | string): void {
  toast.replaceChildren(node);
  toast.hidden = false;
  setTimeout(() => (toast.hidden = true), 6000);
}

/** Answers one bridge call from a frame. */
async function answer(f: Frame, name: string, payload: Record<string, unknown> | undefined): Promise<unknown> {
  const accountId = userSelect.value;
  switch (name) {
    case 'invoke': {
      const r = (await api('/__glance/invoke', {
        method: 'POST',
        body: JSON.stringify({
          gadgetId: f.gadget.id,
          accountId,
          entryPoint: f.mode,
          functionKey: payload?.functionKey,
          payload: payload?.payload,
        }),
      })) as { ok: boolean; result?: unknown; error?: string };
      if (!r.ok) throw new Error(r.error ?? 'invoke failed');
      return r.result;
    }
    case 'getContext': {
      // As in Jira: the user's profile locale (or the language picked above) and time zone (from /myself), else the browser's.
      const user = state.users.find((u) => u.accountId === accountId);
      return {
        accountId,
        cloudId: 'glance-preview',
        localId: `ari:cloud:ecosystem::extension/glance-preview/${f.gadget.id}`,
        moduleKey: `glance-${f.gadget.kind}`,
        locale: languageSelect.value || (user?.locale ?? 'en-US'),
        timezone: user?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        siteUrl: state.source.siteUrl ?? location.origin,
        environmentType: 'DEVELOPMENT',
        theme: { colorMode: colorMode() },
        extension: {
          type: 'jira:dashboardGadget',
          gadget: { id: f.gadget.id },
          dashboard: { id: 'preview' },
          entryPoint: f.mode === 'edit' ? 'edit' : undefined,
          gadgetConfiguration: f.gadget.config,
        },
      };
    }
    case 'enableTheming':
      return { colorMode: colorMode() };
    case 'navigate': {
      const url = String(payload?.url ?? '');
      grid.dataset.lastNavigation = url;
      grid.dataset.lastNavigationType = String(payload?.type ?? '');
      const msg = el('span', {}, 'Opens the issue navigator: ');
      if (state.source.siteUrl) {
        const a = el('a', { href: new URL(url, state.source.siteUrl).href, target: '_blank', rel: 'noopener noreferrer' }, url);
        msg.append(a);
      } else msg.append(decodeURIComponent(url));
      showToast(msg);
      return undefined;
    }
    case 'submit': {
      if (f.mode !== 'edit') return false; // like Jira: only the edit view is submittable
      const config = payload ?? {};
      await api(`/__glance/gadgets/${encodeURIComponent(f.gadget.id)}`, { method: 'PUT', body: JSON.stringify({ config }) });
      f.gadget.config = config;
      setTimeout(() => mount(f.gadget, 'view'), 0);
      return true;
    }
    case 'close':
      if (f.mode !== 'edit') return false;
      setTimeout(() => mount(f.gadget, 'view'), 0);
      return true;
    case 'refresh':
      setTimeout(() => mount(f.gadget, f.mode), 0);
      return true;
    case 'emit':
      for (const other of frames.values()) post(other, { glance: 'event', event: payload?.event, payload: payload?.payload });
      return undefined;
    default:
      throw new Error(`The preview does not implement the bridge call "${name}".`);
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  if (e.origin !== location.origin) return;
  const f = frameOf(e.source);
  const m = e.data as { glance?: string; id?: number; name?: string; payload?: Record<string, unknown>; height?: number };
  if (!f || !m?.glance) return;
  if (m.glance === 'resize' && typeof m.height === 'number') {
    f.iframe.style.height = `${Math.min(Math.max(m.height, 60), f.mode === 'edit' ? 4000 : 800)}px`;
    return;
  }
  if (m.glance !== 'call' || typeof m.id !== 'number') return;
  answer(f, String(m.name), m.payload).then(
    (value) => post(f, { glance: 'reply', id: m.id, ok: true, value }),
    (error: unknown) => post(f, { glance: 'reply', id: m.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

function applyTheme(): void {
  document.documentElement.setAttribute('data-color-mode', colorMode());
  for (const f of frames.values()) post(f, { glance: 'theme', colorMode: colorMode() });
}

async function start(): Promise<void> {
  state = (await api('/__glance/state')) as State;
  document.getElementById('source')!.textContent = state.source.label;
  for (const u of state.users) userSelect.append(el('option', { value: u.accountId }, u.displayName));
  const params = new URLSearchParams(location.search);
  if (params.get('theme') === 'dark') dark.checked = true;
  const asUser = params.get('user');
  if (asUser && state.users.some((u) => u.accountId === asUser)) userSelect.value = asUser;
  const language = params.get('lang');
  if (language && [...languageSelect.options].some((o) => o.value === language)) languageSelect.value = language;
  document.documentElement.setAttribute('data-color-mode', colorMode());
  // `?gadgets=sprint-points,new-bugs`: only those cards, to work on one gadget (or test it) without the rest loading.
  const only = params.get('gadgets')?.split(',').filter(Boolean);
  for (const g of state.gadgets) if (!only?.length || only.includes(g.id)) mount(g, 'view');
  dark.addEventListener('change', applyTheme);
  // Another user opens the same dashboard: every gadget loads again, as that user.
  userSelect.addEventListener('change', () => {
    for (const f of frames.values()) mount(f.gadget, f.mode);
  });
  // The user changes their Jira language: gadgets load again and speak it.
  languageSelect.addEventListener('change', () => {
    for (const f of frames.values()) mount(f.gadget, f.mode);
  });
  document.getElementById('add')!.addEventListener('click', async () => {
    const kind = (document.getElementById('add-kind') as HTMLSelectElement).value;
    const g = (await api('/__glance/gadgets', { method: 'POST', body: JSON.stringify({ kind }) })) as GadgetState;
    state.gadgets.push(g);
    mount(g, 'edit'); // like Jira: a new gadget opens in its edit view
    frames.get(g.id)!.card.scrollIntoView({ block: 'start' });
  });
  document.getElementById('refresh-all')!.addEventListener('click', () => {
    broadcast(REFRESH_EVENT, { origin: 'dashboard' });
  });
}

start().catch((error: unknown) => {
  grid.textContent = `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
});
export {};
