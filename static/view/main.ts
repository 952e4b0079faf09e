/**
 * Gadget view: ask the `render` resolver for the finished SVG and inject it. No rendering happens here.
 * Follows Jira's colour mode, re-renders on the dashboard refresh event and on large width changes,
 * opens the issue navigator on click, and offers SVG/PNG downloads of exactly what is shown.
 * When Jira struggles it is never blank and never alarming: words at once ("Reading Jira…"), the last
 * good picture with its age (kept in this page's memory, keep.ts), a countdown to its own retry and a
 * Retry button; by {@link SLOW_MS} without an answer, the kept picture or a calm card.
 */
import { events, router, view } from '@forge/bridge';
import type { RenderRequest, RenderResult } from '../../functions/contract';
import { exportFilename } from '../../functions/export/filename';
import { download, type ExportFile } from '../shared/download';
import { placeFromContext } from '../shared/place';
import { languageOf } from '../../i18n/locale';
import { viewWordsFor, type ViewCatalogue } from '../../i18n/view';
import { isExportFile } from '../shared/results';
import { gadgetIdOf, refreshIsFor } from './refresh';
import { KeptPicture, type Outcome } from './keep';
import { call } from '../shared/resolvers';
import { colorMode, enableTheme, onColorModeChange, type ColorMode } from '../shared/theme';

/**
 * Dashboard refresh event Jira sends to every Forge gadget when a gadget with `refreshable: false`
 * (ours, manifest.yml) or the dashboard is refreshed; refresh.ts picks this gadget's.
 */
const REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

const root = document.documentElement;
const box = document.getElementById('gadget')!;
const tools = document.getElementById('tools')!;
const notice = document.getElementById('notice');
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
    if (last) showPicture(last.result, false);
    else showWords(words['view.slow']);
    say(last ? `${asOf(last.asOf)} · ${words['view.slow']}` : '', !last);
  }, SLOW_MS);
  let result: unknown;
  try {
    result = await call('render', { ...requested, ...(await place) });
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
  if (o.show === 'live' || o.show === 'kept') showPicture(o.result, o.show === 'live');
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

/**
 * Shows a picture; `exportable` offers the downloads. A kept picture is not offered: its age is said
 * by the note beside it, not in the SVG, so a saved file would pass an old number off as current (and
 * the export would ask the same struggling Jira); the buttons come back with the next fresh picture.
 */
function showPicture(result: Extract<RenderResult, { ok: true }>, exportable: boolean): void {
  shown = result;
  box.classList.toggle('words', false);
  if (box.innerHTML !== result.svg) {
    // A new picture (a refresh, a resize) must not drop a keyboard user back to the page: the part
    // that had focus has the same data-drill in the new picture.
    const active = document.activeElement;
    const focused = active && box.contains(active) ? active.closest('[data-drill]')?.getAttribute('data-drill') : null;
    box.innerHTML = result.svg;
    if (focused) box.querySelector<SVGElement>(`[data-drill="${CSS.escape(focused)}"]`)?.focus();
  }
  const link = !!result.href;
  // The picture's parts are the keyboard stops (the value, segments, trend points: render/parts.ts),
  // so the frame around them is not a link itself: no link inside a link. A part without issues to
  // open stays a stop that says its value, as a picture.
  const parts = box.querySelectorAll('svg [tabindex]');
  for (const part of parts) if (part.getAttribute('role') === 'link' && !hrefFor(part)) part.setAttribute('role', 'img');
  box.classList.toggle('link', link);
  if (link && parts.length === 0) {
    box.tabIndex = 0;
    box.setAttribute('role', 'link');
  } else notLink();
  if (link) box.title = words['view.openIssues'];
  tools.hidden = !exportable;
}

/** Shows a status card: what went wrong is not a gadget to save, so no downloads are offered. */
function showCard(result: RenderResult): void {
  shown = result;
  box.classList.toggle('words', false);
  box.innerHTML = result.svg;
  notLink();
  tools.hidden = true;
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

/** The characters of the last export warned about (a second click on the same export saves it). */
let warned = '';

/**
 * Before the file is saved, says which characters stay live text in it (no bundled font, or a
 * script the viewer's renderer lays out: docs/export.md) — never a silent difference from the
 * screen. The first click only warns; a second click on the same export saves it.
 */
function holdFor(live: unknown): boolean {
  const chars = Array.isArray(live) ? live.filter((c): c is string => typeof c === 'string') : [];
  const key = chars.join('');
  if (!key || key === warned || !notice) return false;
  warned = key;
  const shownChars = chars.slice(0, 12).join(' ') + (chars.length > 12 ? ' …' : '');
  notice.textContent = words['view.liveText'].replace('{chars}', shownChars);
  notice.hidden = false;
  return true;
}

/**
 * The file to download: the `export` resolver's portable SVG (text as outlines, so it looks the same
 * without our fonts, also as PNG). If that fails, the picture shown is saved instead (never a card:
 * the buttons are hidden under one).
 * Rejects, saving nothing, when the export keeps characters as live text the user was not told of yet.
 */
async function exportFile(): Promise<ExportFile> {
  if (!shown?.ok) throw new Error('nothing to download');
  const fallback = shown.svg;
  let r: unknown;
  try {
    r = await call('export', { colorMode: colorMode(), width: requested?.width ?? width(), ...(await place) });
  } catch {
    r = null; // fall through to what is on screen
  }
  if (isExportFile(r)) {
    if (holdFor(r.live)) throw new Error('told the user first');
    return { svg: r.svg, filename: r.filename };
  }
  // Named by the export's own rule, from the title shown (the injected SVG's <title>, entities decoded).
  return { svg: fallback, filename: exportFilename(box.querySelector('svg > title')?.textContent, 'svg') };
}

retryButton.addEventListener('click', () => void load());
box.addEventListener('click', open);
box.addEventListener('auxclick', open);
box.addEventListener('keydown', (e) => {
  // Enter follows a link (a part with issues, or the frame when the picture has no parts), not a named picture.
  if (e.key === 'Enter' && !(e.target instanceof Element && e.target.getAttribute('role') === 'img')) open(e);
});
// A focused part's words under the picture, for the eyes (a screen reader has its name): a trend
// point's value is otherwise only in its hover tooltip.
const partWords = document.getElementById('part-words');
box.addEventListener('focusin', (e) => {
  const part = e.target instanceof Element ? e.target.closest('svg [tabindex]') : null;
  if (partWords) partWords.textContent = part?.getAttribute('aria-label') ?? part?.querySelector('title')?.textContent ?? '';
});
box.addEventListener('focusout', () => {
  if (partWords) partWords.textContent = '';
});
for (const b of tools.querySelectorAll<HTMLButtonElement>('button[data-kind]')) {
  b.addEventListener('click', () => void download(b.dataset.kind as 'svg' | 'png', exportFile).catch(() => undefined));
}

onColorModeChange(() => {
  if (requested && requested.colorMode !== colorMode()) void load();
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (requested && Math.abs(width() - requested.width) > requested.width * 0.2) void load();
  }, 250);
});

void events
  .on(REFRESH_EVENT, (payload: unknown) => void ownId.then((id) => (refreshIsFor(payload, id) ? load() : undefined)))
  .catch(() => undefined);
// Forge's context, asked once (never waited for long): the user's time zone and locale go with every
// render and export; the gadget's id tells its refresh events from other gadgets'.
const context: Promise<unknown> = Promise.race([view.getContext(), new Promise((r) => setTimeout(r, 1000))]);
const place: Promise<Pick<RenderRequest, 'timeZone' | 'locale'>> = context.then(placeFromContext, () => ({}));
const ownId: Promise<string | undefined> = context.then(gadgetIdOf, () => undefined);
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
void enableTheme().then(load);
