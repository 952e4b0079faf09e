/**
 * Gadget view: ask the `render` resolver for the finished SVG and inject it. No rendering happens here.
 * Follows Jira's colour mode, re-renders on the dashboard refresh event and on large width changes,
 * opens the issue navigator on click, and offers SVG/PNG downloads of exactly what is shown.
 * When Jira struggles it is never blank and never alarming: words at once ("Reading Jira…"), the last
 * good picture with its age (kept in this page's memory, keep.ts), a countdown to its own retry and a
 * Retry button; by {@link SLOW_MS} without an answer, the kept picture or a calm card.
 */
import { events, invoke, router, view } from '@forge/bridge';
import type { RenderRequest, RenderResult } from '../../functions/contract';
import { exportFilename } from '../../functions/export/filename';
import { download, type ExportFile } from '../shared/download';
import { placeFromContext } from '../shared/place';
import { languageOf } from '../../i18n/locale';
import { viewWordsFor, type ViewCatalogue } from '../../i18n/view/index';
import { isExportFile } from '../shared/results';
import { KeptPicture, type Outcome } from './keep';

/** Dashboard refresh event Jira sends to gadgets (manual refresh and, when refreshable, auto-refresh). */
const REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

type ColorMode = NonNullable<RenderRequest['colorMode']>;

const root = document.documentElement;
const box = document.getElementById('gadget')!;
const tools = document.getElementById('tools')!;
const note = document.getElementById('note')!;
const noteText = document.getElementById('note-text')!;
const retryButton = document.getElementById('retry') as HTMLButtonElement;
/**
 * Without an answer by then, the kept picture or a calm card shows (the resolver's own Jira budget is
 * 8 s, functions/jira/budget.ts): a hanging Jira never leaves a gadget waiting silently.
 */
const SLOW_MS = 9_000;
const keep = new KeptPicture();
let shown: RenderResult | null = null;
let requested: { colorMode: ColorMode; width: number } | null = null;
let seq = 0;
/** The view's own words, in the viewer's language once Forge's context has said which. */
let words: ViewCatalogue = viewWordsFor('en');

function colorMode(): ColorMode {
  return root.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

function width(): number {
  return Math.round(box.clientWidth || window.innerWidth || 320);
}

/** Requests a render for the current colour mode and width; a newer request wins over an older one. */
async function load(): Promise<void> {
  const mine = ++seq;
  stopCountdown();
  requested = { colorMode: colorMode(), width: width() };
  box.setAttribute('aria-busy', 'true');
  if (!note.hidden) say(notePrefix + words['view.retrying'], false);
  const slow = setTimeout(() => {
    if (mine !== seq) return;
    const last = keep.last;
    if (last) showPicture(last.result);
    else showWords(words['view.slow']);
    say(last ? `${asOf(last.asOf)} · ${words['view.slow']}` : '', !last);
  }, SLOW_MS);
  let result: unknown;
  try {
    result = await invoke('render', { ...requested, ...(await place) });
  } catch {
    result = null;
  }
  clearTimeout(slow);
  if (mine !== seq) return;
  box.removeAttribute('aria-busy');
  show(keep.take(result, Date.now()));
}

/** Puts an outcome on screen: the picture or card, and the note with the age and the countdown. */
function show(o: Outcome): void {
  if (o.show === 'live' || o.show === 'kept') showPicture(o.result);
  else if (o.show === 'card') showCard(o.result);
  else showWords(words['view.loadFailed']);
  box.classList.toggle('transient', o.show !== 'live' && (o.show !== 'card' || o.retryInMs !== undefined));
  if (o.show === 'live' || o.retryInMs === undefined) {
    note.hidden = true;
    return;
  }
  notePrefix = o.show === 'kept' ? `${asOf(o.asOf)} · ${words['view.notNow']} · ` : '';
  note.title = o.show === 'kept' ? (o.why ?? '') : '';
  countDown(o.retryInMs);
}

function showPicture(result: Extract<RenderResult, { ok: true }>): void {
  shown = result;
  box.classList.toggle('words', false);
  if (box.innerHTML !== result.svg) box.innerHTML = result.svg;
  const link = !!result.href;
  box.classList.toggle('link', link);
  if (link) {
    box.tabIndex = 0;
    box.setAttribute('role', 'link');
    box.title = words['view.openIssues'];
  } else notLink();
  tools.hidden = false;
}

function showCard(result: RenderResult): void {
  shown = result;
  box.classList.toggle('words', false);
  box.innerHTML = result.svg;
  notLink();
  tools.hidden = false;
}

/** The view's own words in place of a picture (nothing to show yet, or no answer at all). */
function showWords(text: string): void {
  shown = null;
  box.textContent = text;
  box.classList.toggle('words', true);
  notLink();
  tools.hidden = true;
}

function notLink(): void {
  box.classList.remove('link');
  box.removeAttribute('tabindex');
  box.removeAttribute('role');
  box.removeAttribute('title');
}

/** "As of 10:42" (or "As of Mar 3, 10:42" on another day) in the viewer's zone and locale. */
function asOf(at: number): string {
  const { timeZone, locale } = placeNow;
  const zone = timeZone ? { timeZone } : {};
  const day = (t: number) => new Intl.DateTimeFormat('en-CA', zone).format(t);
  const time = new Intl.DateTimeFormat(locale, { ...zone, hour: 'numeric', minute: '2-digit' }).format(at);
  const date = new Intl.DateTimeFormat(locale, { ...zone, month: 'short', day: 'numeric' }).format(at);
  return words['view.asOf'].replace('{time}', day(at) === day(Date.now()) ? time : `${date}, ${time}`);
}

let countdown: ReturnType<typeof setInterval> | undefined;
/** The kept picture's age and why, before the countdown ('' under a card). */
let notePrefix = '';
/** Shows "Retrying in 12 s" counting down, then asks again. */
function countDown(ms: number): void {
  stopCountdown();
  const end = Date.now() + ms;
  const tick = () => {
    const left = Math.ceil((end - Date.now()) / 1000);
    if (left <= 0) return void load();
    say(notePrefix + words['view.retryingIn'].replace('{seconds}', String(left)), true);
  };
  tick();
  countdown = setInterval(tick, 1000);
}

function stopCountdown(): void {
  clearInterval(countdown);
  countdown = undefined;
}

/** The quiet note under the picture; `retry` shows the Retry button. */
function say(text: string, retry: boolean): void {
  noteText.textContent = text;
  retryButton.hidden = !retry;
  note.hidden = text === '' && !retry;
}

/** The href for a click: the drilled part's own (a segment, the comparison…) or the reading's. */
function hrefFor(target: EventTarget | null): string | undefined {
  if (!shown?.ok) return undefined;
  const drill = target instanceof Element ? target.closest('[data-drill]')?.getAttribute('data-drill') : null;
  return (drill && shown.links?.[drill]) || shown.href;
}

function open(e: MouseEvent | KeyboardEvent): void {
  const href = hrefFor(e.target);
  if (!href) return;
  e.preventDefault();
  const newTab = e.ctrlKey || e.metaKey || (e instanceof MouseEvent && e.button === 1);
  void (newTab ? router.open(href) : router.navigate(href)).catch(() => undefined);
}

/**
 * The file to download: the `export` resolver's portable SVG (text as outlines, so it looks the same
 * without our fonts, also as PNG). If that fails, what is shown (e.g. a status card) is saved instead.
 */
async function exportFile(): Promise<ExportFile> {
  if (!shown) throw new Error('nothing to download yet');
  const fallback = shown.svg;
  try {
    const r: unknown = await invoke('export', { colorMode: colorMode(), width: requested?.width ?? width(), ...(await place) });
    if (isExportFile(r)) return { svg: r.svg, filename: r.filename };
  } catch {
    // fall through to what is on screen
  }
  // Named by the export's own rule, from the title shown (the injected SVG's <title>, entities decoded).
  return { svg: fallback, filename: exportFilename(box.querySelector('svg > title')?.textContent, 'svg') };
}

retryButton.addEventListener('click', () => void load());
box.addEventListener('click', open);
box.addEventListener('auxclick', open);
box.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') open(e);
});
for (const b of tools.querySelectorAll<HTMLButtonElement>('button[data-kind]')) {
  b.addEventListener('click', () => void download(b.dataset.kind as 'svg' | 'png', exportFile).catch(() => undefined));
}

new MutationObserver(() => {
  if (requested && requested.colorMode !== colorMode()) void load();
}).observe(root, { attributes: true, attributeFilter: ['data-color-mode'] });

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (requested && Math.abs(width() - requested.width) > requested.width * 0.2) void load();
  }, 250);
});

void events.on(REFRESH_EVENT, () => void load()).catch(() => undefined);
// The user's time zone and locale, asked once (never waited for long): every render and export carries them.
const place: Promise<Pick<RenderRequest, 'timeZone' | 'locale'>> = Promise.race([
  view.getContext(),
  new Promise((r) => setTimeout(r, 1000)),
]).then(placeFromContext, () => ({}));
/** The place once known (for the age of a kept picture); the browser's own zone and locale until then. */
let placeNow: Pick<RenderRequest, 'timeZone' | 'locale'> = {};
void place.then((p) => {
  placeNow = p;
  speak(p.locale);
});

/** Puts the view's own words (the loading label, the download buttons' names) in the locale's language. */
function speak(locale: string | undefined): void {
  if (!locale) return;
  words = viewWordsFor(locale);
  root.lang = languageOf(locale); // the language of the words, not the locale: zh-CN reads English here
  const reading = box.querySelector('[role="progressbar"]');
  reading?.setAttribute('aria-label', words['view.loading']);
  const visible = reading?.querySelector('.reading');
  if (visible) visible.textContent = words['view.loading'];
  retryButton.textContent = words['view.retry'];
  for (const b of tools.querySelectorAll<HTMLButtonElement>('button[data-kind]')) {
    b.setAttribute('aria-label', words[b.dataset.kind === 'png' ? 'view.downloadPng' : 'view.downloadSvg']);
  }
}
// Theming first so the first request already carries Jira's colour mode; never block on it for long.
void Promise.race([view.theme.enable(), new Promise((r) => setTimeout(r, 300))])
  .catch(() => undefined)
  .then(load);
