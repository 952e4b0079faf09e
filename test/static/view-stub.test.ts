/**
 * Loads the BUILT view bundle (facade + real bridge modules) in a VM against a stub of the host's
 * `__bridge.callBridge` and a minimal DOM, so a bridge upgrade cannot silently break the view.
 * The browser tests (test/browser/) cover the same page in Chromium under the Forge CSP.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { builtFile } from './built';

interface Call {
  name: string;
  payload: Record<string, unknown> | undefined;
}

function fakeElement() {
  const attrs = new Map<string, string>();
  const classes = new Set<string>();
  const listeners = new Map<string, ((e: unknown) => void)[]>();
  return {
    attrs,
    classes,
    listeners,
    innerHTML: '',
    textContent: '',
    hidden: true,
    tabIndex: -1,
    clientWidth: 400,
    setAttribute: (k: string, v: string) => void attrs.set(k, v),
    getAttribute: (k: string) => attrs.get(k) ?? null,
    removeAttribute: (k: string) => void attrs.delete(k),
    classList: {
      toggle: (c: string, on: boolean) => void (on ? classes.add(c) : classes.delete(c)),
      remove: (c: string) => void classes.delete(c),
    },
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    querySelectorAll: () => [],
    querySelector: () => null,
  };
}

/** Every timer a loaded view set: cleared when the tests are done (a view retrying by itself never stops). */
const timers: ReturnType<typeof setTimeout>[] = [];
after(() => timers.forEach((t) => clearTimeout(t)));
const tracked =
  <A extends unknown[]>(set: (...args: A) => ReturnType<typeof setTimeout>) =>
  (...args: A) => {
    const t = set(...args);
    timers.push(t);
    return t;
  };

async function loadView(answer: (call: Call) => unknown) {
  const js = await builtFile('view', 'main.js');
  const calls: Call[] = [];
  const callbacks = new Map<string, (p: unknown) => void>();
  let observer: (() => void) | undefined;
  const html = fakeElement();
  const box = fakeElement();
  const tools = fakeElement();
  const notice = fakeElement();
  const buttons = ['svg', 'png'].map((kind) => ({ ...fakeElement(), dataset: { kind } }));
  tools.querySelectorAll = (() => buttons) as unknown as typeof tools.querySelectorAll;
  const saved: string[] = [];
  const note = fakeElement();
  const noteText = fakeElement();
  const retry = fakeElement();
  const callBridge = async (name: string, payload?: Record<string, unknown>) => {
    calls.push({ name, payload });
    if (name === 'on') callbacks.set(String(payload!.event), payload!.callback as (p: unknown) => void);
    return answer({ name, payload });
  };
  const ctx = {
    __bridge: { callBridge },
    document: {
      documentElement: html,
      getElementById: (id: string) => ({ gadget: box, tools, notice, note, 'note-text': noteText, retry })[id],
      createElement: () => ({
        href: '',
        download: '',
        click() {
          saved.push(this.download);
        },
        remove() {},
      }),
      body: { append() {} },
    },
    Blob,
    URL,
    window: { innerWidth: 400, addEventListener: () => undefined },
    MutationObserver: class {
      constructor(fn: () => void) {
        observer = fn;
      }
      observe() {}
    },
    setTimeout: tracked(setTimeout),
    clearTimeout,
    setInterval: tracked(setInterval),
    clearInterval,
    Promise,
    Date,
    MouseEvent: class {},
  };
  runInNewContext(js, ctx);
  const settle = () => new Promise((r) => setTimeout(r, 20));
  await settle();
  return { calls, callbacks, html, box, tools, notice, buttons, saved, note, noteText, retry, settle, observe: () => observer?.() };
}

const renders = (calls: Call[]) =>
  calls
    .filter((c) => c.name === 'invoke')
    .map((c) => JSON.parse(JSON.stringify({ key: c.payload!.functionKey, payload: c.payload!.payload })));

test('built view: enables theming, renders, injects the SVG, re-renders on theme change and refresh', async () => {
  let n = 0;
  const v = await loadView(({ name }) => {
    if (name === 'enableTheming') return true;
    if (name === 'invoke')
      return { ok: true, svg: `<svg id="r${++n}"><title>Open bugs</title></svg>`, value: 42, href: '/issues/?jql=x', computedAt: 'now' };
    return undefined;
  });
  assert.equal(v.calls[0].name, 'on', 'subscribes to the refresh event first');
  assert.equal(v.calls[0].payload!.event, 'JIRA_DASHBOARD_GADGET_REFRESH');
  assert.ok(v.calls.some((c) => c.name === 'enableTheming'));
  assert.deepEqual(renders(v.calls), [{ key: 'render', payload: { colorMode: 'light', width: 400 } }]);
  assert.equal(v.box.innerHTML, '<svg id="r1"><title>Open bugs</title></svg>');
  assert.equal(v.box.getAttribute('role'), 'link');
  assert.equal(v.box.getAttribute('aria-busy'), null);
  assert.equal(v.tools.hidden, false);

  v.html.setAttribute('data-color-mode', 'dark');
  v.observe();
  await v.settle();
  assert.deepEqual(renders(v.calls).at(-1), { key: 'render', payload: { colorMode: 'dark', width: 400 } });
  assert.equal(v.box.innerHTML, '<svg id="r2"><title>Open bugs</title></svg>');

  v.callbacks.get('JIRA_DASHBOARD_GADGET_REFRESH')!({});
  await v.settle();
  assert.equal(renders(v.calls).length, 3);
  assert.equal(v.box.innerHTML, '<svg id="r3"><title>Open bugs</title></svg>');
});

test('built view: shows the status SVG the resolver returned, or a text fallback if the call fails', async () => {
  const status = await loadView(({ name }) =>
    name === 'invoke' ? { ok: false, svg: '<svg id="status"/>', code: 'INVALID_JQL', message: 'bad' } : undefined,
  );
  assert.equal(status.box.innerHTML, '<svg id="status"/>');
  assert.equal(status.box.getAttribute('role'), null, 'a status card is not a link');
  assert.equal(status.tools.hidden, true, 'a status card is not offered for download (issue #25)');
  for (const fn of status.buttons[0].listeners.get('click') ?? []) fn({});
  await status.settle();
  assert.deepEqual(status.saved, [], 'nor saved by a stray click');
  assert.ok(!status.calls.some((c) => c.payload?.functionKey === 'export'));

  const failed = await loadView(({ name }) => {
    if (name === 'invoke') throw new Error('bridge down');
    return undefined;
  });
  assert.match(failed.box.textContent, /could not be loaded/);
  assert.equal(failed.box.innerHTML, '');
  assert.equal(failed.tools.hidden, true);
});

test("built view: sends the user's time zone and locale from Forge's context with every render and export", async () => {
  const v = await loadView(({ name }) => {
    if (name === 'getContext') return { accountId: 'a', timezone: 'Pacific/Kiritimati', locale: 'de-DE', extension: {} };
    if (name === 'invoke') return { ok: true, svg: '<svg/>', value: 1, computedAt: 'now' };
    return undefined;
  });
  assert.deepEqual(renders(v.calls), [
    { key: 'render', payload: { colorMode: 'light', width: 400, timeZone: 'Pacific/Kiritimati', locale: 'de-DE' } },
  ]);
  v.callbacks.get('JIRA_DASHBOARD_GADGET_REFRESH')!({});
  await v.settle();
  assert.deepEqual(renders(v.calls).at(-1)!.payload, { colorMode: 'light', width: 400, timeZone: 'Pacific/Kiritimati', locale: 'de-DE' });
  assert.equal(v.calls.filter((c) => c.name === 'getContext').length, 1, 'the context is asked once');
  assert.equal((v.html as { lang?: string }).lang, 'de', 'the page says its words are German');
});

test('built view: says which characters stay live text before saving the export; a second click saves it', async () => {
  let live: string[] | undefined = ['ب', 'ع', 'ر'];
  const v = await loadView(({ name, payload }) => {
    if (name !== 'invoke') return undefined;
    if (payload!.functionKey === 'export') return { ok: true, svg: '<svg/>', filename: 'Bugs.svg', ...(live ? { live } : {}) };
    return { ok: true, svg: '<svg/>', value: 1, computedAt: 'now' };
  });
  const click = async (): Promise<void> => {
    for (const fn of v.buttons[0].listeners.get('click') ?? []) fn({});
    await v.settle();
  };
  assert.equal(v.notice.hidden, true);
  await click();
  assert.deepEqual(v.saved, [], 'nothing saved before the user is told');
  assert.equal(v.notice.hidden, false);
  assert.match(v.notice.textContent, /^Not drawn into the file: ب ع ر\./);
  await click();
  assert.deepEqual(v.saved, ['Bugs.svg'], 'the second click saves');
  live = undefined;
  await click();
  assert.deepEqual(v.saved, ['Bugs.svg', 'Bugs.svg'], 'an export with nothing live saves at once');
});

test("built view: redraws on its own gadget's or the dashboard's refresh only (Jira sends the event to every gadget)", async () => {
  const v = await loadView(({ name }) => {
    if (name === 'getContext') return { accountId: 'a', extension: { gadget: { id: '10001' } } };
    if (name === 'invoke') return { ok: true, svg: '<svg/>', value: 1, computedAt: 'now' };
    return undefined;
  });
  const refresh = async (payload: unknown) => {
    v.callbacks.get('JIRA_DASHBOARD_GADGET_REFRESH')!(payload);
    await v.settle();
    return renders(v.calls).length;
  };
  assert.equal(renders(v.calls).length, 1);
  assert.equal(await refresh({ origin: 'gadget', gadgetId: '10002' }), 1, "another gadget's refresh is not ours");
  assert.equal(await refresh({ origin: 'gadget', gadgetId: '10001' }), 2, 'our own refresh button');
  assert.equal(await refresh({ origin: 'gadget', gadgetId: 10001 }), 3, 'the id as a number');
  assert.equal(await refresh({ origin: 'dashboard' }), 4, "the dashboard's refresh");
});

// Issue #24: the last good picture lives in this page's memory; transient failures keep it, with its age, and retry by themselves.
const PICTURE = {
  ok: true,
  svg: '<svg id="daily-trend"/>',
  value: 7,
  href: '/issues/?jql=x',
  links: {},
  computedAt: '2026-11-25T22:50:00.000Z',
};
const LIMITED = {
  ok: false,
  svg: '<svg id="calm"/>',
  code: 'RATE_LIMITED',
  message: 'Jira is rate limiting Glance right now',
  transient: true,
  retryInSeconds: 2,
};

test("built view: a transient failure keeps the last picture with its age in the viewer's zone, counts down and retries by itself", async () => {
  const answers: unknown[] = [PICTURE, LIMITED, { ...PICTURE, svg: '<svg id="fresh"/>', computedAt: '2026-11-26T00:10:00.000Z' }];
  const v = await loadView(({ name }) => {
    if (name === 'getContext') return { accountId: 'a', timezone: 'Europe/Berlin', locale: 'en-US', extension: {} };
    if (name === 'invoke') return answers.shift();
    return undefined;
  });
  assert.equal(v.box.innerHTML, '<svg id="daily-trend"/>');
  assert.equal(v.tools.hidden, false, 'a fresh picture can be downloaded');
  // A daily trend read at 23:50 (Berlin), refreshed at 00:10 while Jira refuses: the 23:50 picture stays.
  v.callbacks.get('JIRA_DASHBOARD_GADGET_REFRESH')!({});
  await v.settle();
  assert.equal(v.box.innerHTML, '<svg id="daily-trend"/>', 'the kept picture, not a card');
  assert.equal(v.tools.hidden, true, 'an old picture is not saved as if current: its age is outside the SVG');
  assert.equal(v.note.hidden, false);
  assert.match(v.noteText.textContent, /^As of (Nov 25, )?11:50\sPM · Jira can’t answer right now · Retrying in [23] s$/);
  assert.equal(v.retry.hidden, false, 'a Retry button');
  await new Promise((r) => setTimeout(r, 3_200));
  assert.equal(renders(v.calls).length, 3, 'retried by itself when the countdown ended');
  assert.equal(v.box.innerHTML, '<svg id="fresh"/>');
  assert.equal(v.note.hidden, true);
  assert.equal(v.tools.hidden, false, 'the downloads are back with the fresh picture');
});

test('built view: a transient card without a kept picture counts down; Retry asks at once; a broken config is not retried', async () => {
  const answers: unknown[] = [
    { ...LIMITED, retryInSeconds: 60 },
    { ok: false, svg: '<svg id="red"/>', code: 'INVALID_JQL', message: 'bad' },
  ];
  const v = await loadView(({ name }) => (name === 'invoke' ? answers.shift() : undefined));
  assert.equal(v.box.innerHTML, '<svg id="calm"/>');
  assert.match(v.noteText.textContent, /^Retrying in 6\d s$/);
  v.retry.listeners.get('click')![0]({});
  await v.settle();
  assert.equal(renders(v.calls).length, 2, 'Retry asked again at once');
  assert.equal(v.box.innerHTML, '<svg id="red"/>');
  assert.equal(v.note.hidden, true, 'no countdown for what a person must fix');
});
