/**
 * Client benchmark: each page loaded in a fresh browser context of headless Chromium with the CPU
 * throttled 6× (CDP Emulation.setCPUThrottlingRate), runs interleaved across pages so machine load
 * hits every page alike. Per run: time from the frame's navigation to the gauge drawn and painted,
 * main-thread script time (CDP Performance.getMetrics ScriptDuration, whole page: host + frame) and
 * JS heap after a GC (JSHeapUsedSize). `npx tsx bench/client/run.ts` prints the table alone.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildPages, PAGES, type BuiltPage, type PageName } from './build';
import { startBenchServer } from './server';
import { bundleScriptMs, type TraceEvent } from '../../support/trace-attribution';

export const CPU_THROTTLE = 6;
const SETTLE_MS = 1000;
/**
 * The desktop Chromium first (what dashboard viewers run; the published figures were taken in it),
 * else Debian's headless shell, which the README asks for the tests.
 */
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/**
 * Runs in every frame before its scripts. `__benchDrawn()` (called by the comparison pages after
 * drawing, or by the observer below when the Glance view has injected its SVG) marks the time after
 * the next paint: a requestAnimationFrame callback runs before the paint, the message task after it.
 */
const INSTRUMENT = `(() => {
  document.addEventListener('securitypolicyviolation', (e) => console.warn('CSP-VIOLATION ' + e.violatedDirective + ' ' + e.blockedURI));
  let marked = false;
  window.__benchDrawn = () => {
    if (marked) return;
    marked = true;
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => console.debug('BENCH-DRAWN ' + performance.now() + ' ' + (performance.timeOrigin + performance.now() - top.performance.timeOrigin));
      c.port2.postMessage(0);
    });
  };
  if (location.pathname === '/pages/glance/index.html') {
    new MutationObserver((_, o) => {
      if (document.querySelector('#gadget svg')) { o.disconnect(); window.__benchDrawn(); }
    }).observe(document, { childList: true, subtree: true });
  }
})();`;

export interface PageSample {
  drawnMs: number;
  scriptMs: number;
  ownScriptMs: number;
  taskMs: number;
  heapBytes: number;
  cspViolations: number;
}

export interface PageResult extends BuiltPage {
  label: string;
  runs: number;
  /** Script time of the page's own bundle (trace events), median. */
  ownScriptMs: number;
  drawnMs: number;
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  cspViolations: number;
}

export const LABELS: Record<PageName, string> = {
  glance: 'Glance view (server-rendered SVG)',
  echarts: 'ECharts 6 gauge (core + GaugeChart + SVGRenderer)',
  chartjs: 'Chart.js 4 doughnut gauge (DoughnutController + ArcElement)',
  floor: 'floor: bridge + value as text, no chart',
};

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * One load of `url` with `frames` gadget frames. drawnMs: for one frame, from its navigation start;
 * for a dashboard, from the top page's navigation start until the last gadget is drawn.
 */
async function sample(browser: Browser, url: string, page: PageName, frames = 1): Promise<PageSample> {
  const viewport = frames === 1 ? { width: 360, height: 300 } : { width: 1400, height: 280 * Math.ceil(frames / 4) + 40 };
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(INSTRUMENT);
    const tab = await context.newPage();
    let cspViolations = 0;
    let drawn: (ms: number) => void = () => undefined;
    const drawnAt = new Promise<number>((resolve) => (drawn = resolve));
    const times: number[] = [];
    tab.on('console', (m) => {
      const text = m.text();
      if (text.startsWith('BENCH-DRAWN ')) {
        const [frameMs, topMs] = text.slice(12).split(' ').map(Number);
        times.push(frames === 1 ? frameMs : topMs);
        if (times.length === frames) drawn(Math.max(...times));
      } else if (text.startsWith('CSP-VIOLATION')) cspViolations++;
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await cdp.send('Performance.enable');
    await browser.startTracing(tab, { categories: ['devtools.timeline', 'v8', '__metadata'] });
    await tab.goto(url, { waitUntil: 'commit' });
    const drawnMs = await Promise.race([
      drawnAt,
      new Promise<number>((_, reject) =>
        setTimeout(() => reject(new Error(`gauge not drawn within 60 s (${times.length}/${frames} drawn): ${url}`)), 60_000),
      ),
    ]);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const script = await cdp.send('Performance.getMetrics');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Performance.getMetrics');
    const metric = (m: typeof script, name: string) => m.metrics.find((x) => x.name === name)?.value ?? NaN;
    return {
      drawnMs,
      scriptMs: metric(script, 'ScriptDuration') * 1000,
      ownScriptMs: bundleScriptMs(trace.traceEvents, `/pages/${page}/main.js`),
      taskMs: metric(script, 'TaskDuration') * 1000,
      heapBytes: metric(heap, 'JSHeapUsedSize'),
      cspViolations,
    };
  } finally {
    await context.close();
  }
}

export const DASHBOARD_GADGETS = 20;

/**
 * Builds the pages, runs `runs` interleaved rounds of single-gadget loads and `dashboardRuns`
 * rounds of a dashboard of {@link DASHBOARD_GADGETS} frames of each page; medians per page, plus
 * Chromium's version.
 */
export async function runClientBench(
  runs = Number(process.env.CLIENT_RUNS ?? 4),
  log: (line: string) => void = () => undefined,
  dashboardRuns = Number(process.env.CLIENT_DASHBOARD_RUNS ?? 2),
): Promise<{ results: PageResult[]; dashboard: PageResult[]; chromium: string }> {
  const out = mkdtempSync(join(tmpdir(), 'glance-bench-client-'));
  const built = await buildPages(out);
  const server = await startBenchServer(Object.fromEntries(PAGES.map((p) => [p, built[p].dir])) as Record<PageName, string>);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const samples = Object.fromEntries(PAGES.map((p) => [p, [] as PageSample[]])) as Record<PageName, PageSample[]>;
    // Round 0 warms the browser and the server up and is discarded.
    for (let round = 0; round <= runs; round++) {
      for (const p of PAGES) {
        const s = await sample(browser, `${server.url}/host/${p}`, p);
        if (round > 0) samples[p].push(s);
      }
      log(`client: round ${round}/${runs}${round === 0 ? ' (warm-up)' : ''}`);
    }
    const boards = Object.fromEntries(PAGES.map((p) => [p, [] as PageSample[]])) as Record<PageName, PageSample[]>;
    for (let round = 1; round <= dashboardRuns; round++) {
      for (const p of PAGES)
        boards[p].push(await sample(browser, `${server.url}/dashboard/${p}/${DASHBOARD_GADGETS}`, p, DASHBOARD_GADGETS));
      log(`client: dashboard of ${DASHBOARD_GADGETS} gadgets, round ${round}/${dashboardRuns}`);
    }
    const summarise = (all: Record<PageName, PageSample[]>) =>
      PAGES.map((p): PageResult => {
        const s = all[p];
        return {
          ...built[p],
          label: LABELS[p],
          runs: s.length,
          ownScriptMs: median(s.map((x) => x.ownScriptMs)),
          drawnMs: median(s.map((x) => x.drawnMs)),
          scriptMs: median(s.map((x) => x.scriptMs)),
          taskMs: median(s.map((x) => x.taskMs)),
          heapBytes: median(s.map((x) => x.heapBytes)),
          cspViolations: Math.max(...s.map((x) => x.cspViolations)),
        };
      });
    return { results: summarise(samples), dashboard: summarise(boards), chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** The markdown table of the client results. */
export function clientTable(results: PageResult[], drawn = 'navigation → gauge drawn (ms)'): string {
  const lines = [
    `| page | JS minified | JS gzip -9 | ${drawn} | script time, whole page (ms) | script time in the page's bundle (ms) | all main-thread tasks (ms) | JS heap after GC | CSP violations |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.label} | ${kb(r.jsBytes)} | ${kb(r.jsGzipBytes)} | ${r.drawnMs.toFixed(0)} | ${r.scriptMs.toFixed(1)} | ${r.ownScriptMs.toFixed(1)} | ${r.taskMs.toFixed(0)} | ${kb(r.heapBytes)} | ${r.cspViolations} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  const { results, dashboard, chromium: version } = await runClientBench(undefined, console.log);
  console.log(`\nChromium ${version}, CPU throttled ${CPU_THROTTLE}×\n`);
  console.log(clientTable(results));
  console.log(`\n${DASHBOARD_GADGETS} gadgets on one page:\n`);
  console.log(clientTable(dashboard, `navigation → all ${DASHBOARD_GADGETS} drawn (ms)`));
}
