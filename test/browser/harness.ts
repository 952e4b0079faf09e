/**
 * Headless Chromium for the browser tests: launch (or a clear skip when no Chromium is installed
 * locally), a page that records CSP violations (from every frame, via an init script) and console
 * errors, and the preview stack (demo Jira + real resolvers + preview server) on ephemeral ports.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Locator,
  type Page,
} from 'playwright-core';
import { buildStatic, type ViewName } from '../../build/build-static';
import { startPreview, type Preview } from '../../dev/server/preview';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The Chromium the tests drive: `CHROMIUM_PATH`, else Debian's `chromium-headless-shell` (Chromium's
 * headless build, without the desktop browser's autofill, sync and UI: ~30 % less CPU for the same
 * pages; Playwright's default headless browser too), else the desktop `chromium` in headless mode.
 * Both run the same Blink, so the same CSP and the same drawing.
 */
export const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/** Why the browser tests are skipped, or false when they can run. */
export function skipReason(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`Chromium is required in CI but ${CHROMIUM} is missing (.ci/run installs it).`);
  return `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH to run the browser tests.`;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Glyphs at their fractional positions, unhinted, as resvg draws the export (the headless shell
      // hints and snaps by default: export/scripts.test.ts's pairs then differ by up to 2.5 %).
      '--font-render-hinting=none',
    ],
  });
}

/** The process's Chromium, its users, and the close that waits a moment for the next user. */
let shared: { browser: Promise<Browser>; users: number; closing?: NodeJS.Timeout } | undefined;

/**
 * Chromium for one test file: one browser per process, shared by the files of a test group
 * (test/helpers/groups.ts; a launch costs ~2.5 CPU s). Each file gets its own view of it: `close()`
 * closes the contexts and pages the file made and lets go of the browser, which closes when no file has
 * used it for a second (so a file run alone still ends, and the next file of a group finds it open).
 */
export async function launch(): Promise<Browser> {
  if (!shared) {
    const made = { browser: launchChromium(), users: 0 };
    // A launch that failed is not kept: the next file tries again (and says why it failed).
    made.browser.catch(() => shared === made && (shared = undefined));
    shared = made;
  }
  const mine = shared;
  clearTimeout(mine.closing);
  mine.closing = undefined;
  mine.users++;
  const browser = await mine.browser;
  const contexts = new Set<BrowserContext>();
  const made = (context: BrowserContext) => (contexts.add(context), context);
  let closed = false;
  return Object.create(browser, {
    newContext: { value: async (options?: BrowserContextOptions) => made(await browser.newContext(options)) },
    newPage: { value: async (options?: BrowserContextOptions) => made(await browser.newContext(options)).newPage() },
    close: {
      value: async () => {
        if (closed) return;
        closed = true;
        await Promise.all([...contexts].map((c) => c.close()));
        if (--mine.users > 0 || shared !== mine) return;
        mine.closing = setTimeout(() => {
          if (shared === mine) shared = undefined;
          void browser.close();
        }, 1_000);
      },
    },
  }) as Browser;
}

let views: Promise<Record<ViewName, string>> | undefined;

/** The views built once per process into a temporary folder (removed when the process exits); read only. */
export function builtViews(): Promise<Record<ViewName, string>> {
  if (!views) {
    const out = mkdtempSync(join(tmpdir(), 'glance-browser-'));
    process.on('exit', () => rmSync(out, { recursive: true, force: true }));
    views = buildStatic({ outDir: (name) => join(out, name) });
  }
  return views;
}

/** The fixed day of the demo data and of JQL's now(), so expected values are stable. */
export const NOW = new Date('2026-03-04T12:00:00Z');

/** Starts a preview stack of its own (memory-only configs) over the process's built views. */
export async function startStack(): Promise<Preview & { cleanup(): Promise<void> }> {
  const viewDirs = await builtViews();
  const preview = await startPreview({ port: 0, now: NOW, viewDirs, env: {}, csp: 'production', log: () => undefined });
  return { ...preview, cleanup: () => preview.close() };
}

/** A browser and a preview stack for the describe that calls this: made before its tests, closed after. */
export function browserWithStack(): { readonly browser: Browser; readonly stack: Awaited<ReturnType<typeof startStack>> } {
  const made = {} as { browser: Browser; stack: Awaited<ReturnType<typeof startStack>> };
  before(async () => {
    [made.browser, made.stack] = await Promise.all([launch(), startStack()]);
  });
  after(async () => {
    await made.browser?.close();
    await made.stack?.cleanup();
  });
  return made;
}

/**
 * One watched page for all of a file's tests, made on first use (a context per test cost a renderer
 * process each): each test loads the dashboard anew, and may resize it first (`setViewportSize`).
 */
export function pageForFile(made: { readonly browser: Browser }): () => Promise<Watched> {
  let page: Promise<Watched> | undefined;
  return () => (page ??= watchedPage(made.browser));
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  cspViolations: string[];
  consoleErrors: string[];
}

/**
 * A fresh context + page. Every frame reports `securitypolicyviolation` events through a console
 * message that is collected here, as are console errors and page errors.
 */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ acceptDownloads: true, viewport, deviceScaleFactor: 1 });
  const cspViolations: string[] = [];
  const consoleErrors: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.warn(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.text().startsWith('CSP-VIOLATION')) cspViolations.push(m.text());
    else if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  return { context, page, cspViolations, consoleErrors };
}

/** The iframe of a gadget in the given mode, once its document has loaded. */
export async function gadgetFrame(page: Page, id: string, mode: 'view' | 'edit'): Promise<Frame> {
  const handle = await page.waitForSelector(`section[data-gadget="${id}"] iframe[data-mode="${mode}"]`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame for ${id}`);
  await frame.waitForLoadState('load');
  return frame;
}

/** Clicks a gadget's Edit on the dashboard; its edit frame, once the preview has drawn. */
export async function openEdit(page: Page, id: string): Promise<Frame> {
  await page.click(`section[data-gadget="${id}"] button[data-action="edit"]`);
  const frame = await gadgetFrame(page, id, 'edit');
  await svgLabel(frame);
  return frame;
}

/** Waits for the gadget's SVG and returns its accessible label. */
export async function svgLabel(frame: Frame, previous?: string): Promise<string> {
  const handle = await frame.waitForFunction(
    (prev) => {
      const svg = document.querySelector('#gadget > svg, #preview > svg');
      const label = svg?.getAttribute('aria-label');
      return label && label !== prev ? label : null;
    },
    previous ?? null,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Whether this run makes screenshots: `UPDATE_SCREENSHOTS=1` refreshes the committed ones
 * (test/__screenshots__, the README's pictures), `REVIEW_SCREENSHOTS=1` writes every one to the
 * git-ignored test/__output__/screenshots for review by eye. No test compares them, so a plain run
 * makes none (a full-page picture costs Chromium CPU, and each waited for the page to settle).
 */
export const SCREENSHOTS = Boolean(process.env.UPDATE_SCREENSHOTS || process.env.REVIEW_SCREENSHOTS);

/** Why a test that only makes a picture is skipped, or false when pictures are made. */
export const PICTURE_ONLY = SCREENSHOTS ? false : 'only makes a picture: run with UPDATE_SCREENSHOTS=1 or REVIEW_SCREENSHOTS=1';

/**
 * Where screenshots go: test/__screenshots__ (committed) with UPDATE_SCREENSHOTS=1, otherwise — and
 * always for `reviewOnly` ones — the git-ignored test/__output__/screenshots.
 */
export function screenshotPath(name: string, reviewOnly = false): string {
  const dir =
    process.env.UPDATE_SCREENSHOTS && !reviewOnly ? join(ROOT, 'test/__screenshots__') : join(ROOT, 'test/__output__/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * Screenshot of a page (whole, `fullPage`) or an element, when {@link SCREENSHOTS}: after `settleMs`
 * (transitions of a theme switch) and with the preview's toast hidden.
 */
export async function shot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean; settleMs?: number; reviewOnly?: boolean } = {},
): Promise<void> {
  if (!SCREENSHOTS) return;
  const page = 'goto' in target ? target : target.page();
  if (options.settleMs) await page.waitForTimeout(options.settleMs);
  await page.evaluate(() => (document.getElementById('toast')!.hidden = true));
  const path = screenshotPath(name, options.reviewOnly);
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage });
  else await target.screenshot({ path });
}

/** Screenshot of one gadget card (at most `maxHeight` px tall, to keep committed PNGs small), when {@link SCREENSHOTS}. */
export async function cardShot(page: Page, gadgetId: string, name: string, maxHeight = 960, reviewOnly = false): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.evaluate(() => (document.getElementById('toast')!.hidden = true));
  const card = page.locator(`section[data-gadget="${gadgetId}"]`);
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  await page.screenshot({
    path: screenshotPath(name, reviewOnly),
    fullPage: true,
    clip: { x: box.x, y: box.y + (await page.evaluate(() => scrollY)), width: box.width, height: Math.min(box.height, maxHeight) },
  });
}
