/**
 * A 429 storm while the dashboard is open. The 20-gadget dashboard of bench/dashboard.bench.ts loads
 * (cold, behind the same stand-in burst limit), then, once its reads are past the 60 s cache
 * lifetime, Jira answers EVERY request with 429 for STORM_S seconds (default 60), with
 * `Retry-After` = the seconds left of the storm and `RateLimit-Reason: jira-quota-tenant-based`, as
 * Jira does when an hourly quota is spent. The dashboard refreshes every REFRESH_S seconds (default
 * 20) during the storm and once right after it.
 *
 * What a viewer sees is what counts: each gadget's answers go through the view's own keep-last-picture
 * logic (static/view/keep.ts, the very module the gadget page runs; one per gadget, as each gadget is
 * its own page), so a gadget shows a live number, its kept picture with its age, or a card.
 *
 * Expected: every gadget that had a number keeps showing it, with its age ("as of …"), during the
 * storm, in every placement mode (the server keeps nothing; the viewer's page does), and the first
 * refresh after the storm shows live numbers. Checked, not just counted: the bench throws when a
 * gadget shows another number, a card where it had a number, or a kept number after the storm.
 * A refresh that comes when less of the storm is left than a render's 8 s cooldown allowance
 * (DEFAULT_COOLDOWN_WAIT_MS) waits it out and reads live.
 *
 * The function is the built one (@forge/bundler's output under the Forge runtime stand-in,
 * support/built-instances.ts). The clock is simulated: the function and the storm window share a clock
 * that the bench moves forward, so a 60 s storm takes seconds to run. The stand-in burst limit refills
 * in real time. Three ways to place the renders on function instances:
 * - shared: one instance serves every render (its rate-limit state is shared by every render);
 * - sticky: one instance per gadget, reused by its refreshes;
 * - isolated: every render on a fresh instance, as on a cold Forge dashboard.
 *
 *   STORM_S=60 REFRESH_S=15 npx tsx bench/storm.bench.ts
 */
import { startDemoJira } from '../dev/demo-jira/server';
import { builtInstances } from '../support/built-instances';
import type { ForgeHandler } from '../support/forge-runtime';
import { dashboard } from './dashboard.bench';
import { startRateLimitProxy } from './rate-limit-proxy';
import { KeptPicture, type Outcome } from '../static/view/keep';

const NOW = Date.parse('2026-03-04T12:00:00Z');
const SITE = 'ari:cloud:jira::site/glance-storm';
const STORM_S = Number(process.env.STORM_S ?? 60);
const REFRESH_S = Number(process.env.REFRESH_S ?? 20);

type Result = {
  ok?: boolean;
  code?: string;
  transient?: boolean;
  value?: number | null;
  svg?: string;
  computedAt?: string;
  message?: string;
};
type Mode = 'shared' | 'sticky' | 'isolated';

const event = (config: Record<string, unknown>, i: number) => ({
  call: { functionKey: 'render', payload: { colorMode: 'light', width: 320, timeZone: 'UTC', locale: 'en-US' } },
  context: {
    moduleKey: `glance-${String(config.kind)}`,
    extension: { type: 'jira:dashboardGadget', gadget: { id: `g${i}` }, gadgetConfiguration: structuredClone(config) },
  },
});

export interface StormRow {
  mode: Mode;
  phase: string;
  numbers: number;
  live: number;
  lastGood: number;
  withAge: number;
  cards: number;
  jiraCalls: number;
  answered429: number;
}

/** Runs the storm scenario in one placement mode; throws when a promise is broken. */
async function runMode(mode: Mode, log: (line: string) => void): Promise<StormRow[]> {
  const demo = await startDemoJira({ now: new Date(NOW), faults: { rules: [] } });
  let stormFrom = Number.POSITIVE_INFINITY;
  // The built function reads Date.now, which builtInstances moves forward on advanceClock: the storm
  // window is measured on the same clock. Real time passes on it too (the client's waits are real sleeps).
  const stormLeftS = () => (Date.now() >= stormFrom ? Math.max(0, (stormFrom + STORM_S * 1000 - Date.now()) / 1000) : 0);
  const proxy = await startRateLimitProxy(demo.url, { stormLeftS });
  let target = demo.url;
  const built = await builtInstances(() => target, demo.users);
  const gadgets = dashboard();
  const shared = built.fresh();
  const sticky = gadgets.map(() => built.fresh());
  const handlerFor = (i: number): ForgeHandler => (mode === 'shared' ? shared : mode === 'sticky' ? sticky[i] : built.fresh());
  const rows: StormRow[] = [];
  // The viewer's pages: one per gadget, alive for the whole scenario (random: 0.5, the mean jitter).
  const pages = gadgets.map(() => new KeptPicture(() => 0.5));
  const loaded = new Map<number, { value: number | null | undefined; at: string | undefined }>();
  const round = async (phase: string, check: (r: Result, i: number, o: Outcome) => void, at?: number): Promise<void> => {
    // Isolated: each gadget's instance is loaded before the calls start (loading blocks the event loop),
    // then the clock is set to the refresh's moment (loading takes real seconds that would count).
    const handlers = gadgets.map((_, i) => handlerFor(i));
    if (at !== undefined) built.advanceClock(Math.max(0, at - Date.now()));
    const calls0 = proxy.calls;
    const t0 = proxy.throttled;
    const results: Result[] = await Promise.all(
      gadgets.map((config, i) =>
        handlers[i](event(config, i), { principal: { accountId: demo.users[0].accountId }, installContext: SITE }),
      ),
    );
    const seen = results.map((r, i) => pages[i].take(r, Date.now()));
    results.forEach((r, i) => check(r, i, seen[i]));
    // A render that failed may leave requests in flight: let them finish before the simulated clock
    // jumps (a Retry-After is counted from when its answer is read).
    await proxy.settled();
    const live = seen.filter((o) => o.show === 'live').length;
    const kept = seen.filter((o) => o.show === 'kept').length;
    rows.push({
      mode,
      phase,
      numbers: live + kept,
      live,
      lastGood: kept,
      withAge: kept,
      cards: results.length - live - kept,
      jiraCalls: proxy.calls - calls0,
      answered429: proxy.throttled - t0,
    });
    log(`storm ${mode}: ${phase}: ${live + kept}/${results.length} numbers, ${kept} kept pictures, ${rows.at(-1)!.jiraCalls} Jira calls`);
  };
  const fail = (what: string): never => {
    throw new Error(`storm bench (${mode}): ${what}`);
  };
  try {
    // Warm-up outside the dashboard (JIT, the demo Jira's JQL tables): straight to the demo Jira.
    await built.fresh()(event(gadgets[1], -1), { principal: { accountId: demo.users[0].accountId }, installContext: SITE });
    target = proxy.url;
    await round('page load (cold)', (r, i) => {
      if (r.ok !== true) fail(`gadget ${i} has no live number on page load: ${r.code} ${r.message}`);
      loaded.set(i, { value: r.value, at: r.computedAt });
    });
    built.advanceClock(61_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // the burst bucket refills
    stormFrom = Date.now();
    for (let t = 0; t < STORM_S; t += REFRESH_S) {
      const at = stormFrom + t * 1000;
      await round(
        `storm, refresh at +${t} s`,
        (r, i, o) => {
          if (o.show !== 'live' && o.show !== 'kept') return fail(`gadget ${i} lost its number during the storm: ${r.code} ${r.message}`);
          if (o.result.value !== loaded.get(i)?.value) fail(`gadget ${i} shows ${o.result.value}, not ${loaded.get(i)?.value}`);
          // Kept: the viewer's picture, dated when it was read (its age is drawn by the view, static/view/main.ts).
          if (o.show === 'kept' && o.asOf !== Date.parse(loaded.get(i)?.at ?? ''))
            fail(`gadget ${i}'s kept picture is dated ${new Date(o.asOf).toISOString()}, not ${loaded.get(i)?.at}`);
          // The card behind it says why, calmly, and when to retry (Jira's Retry-After).
          if (o.show === 'kept' && (r.code !== 'RATE_LIMITED' || r.transient !== true))
            fail(`gadget ${i}: ${r.code} is not a calm rate limit`);
          // Live: the render waited out the storm's last seconds (a Retry-After within its budget) and read the number.
        },
        at,
      );
    }
    await round(
      'first refresh after the storm',
      (r, i, o) => {
        if (o.show !== 'live') fail(`gadget ${i} is not live after the storm: ${r.code} ${r.message}`);
        if (r.value !== loaded.get(i)?.value) fail(`gadget ${i} shows ${r.value} after the storm, ${loaded.get(i)?.value} before`);
      },
      stormFrom + STORM_S * 1000,
    );
  } finally {
    built.close();
    await proxy.close();
    await demo.close();
  }
  return rows;
}

/** Every mode; the markdown table. */
export async function runStormBench(log: (line: string) => void = () => undefined): Promise<{ markdown: string; rows: StormRow[] }> {
  const rows: StormRow[] = [];
  for (const mode of (process.env.MODES ?? 'shared,sticky,isolated').split(',') as Mode[]) rows.push(...(await runMode(mode, log)));
  const markdown = [
    `STORM_S=${STORM_S} REFRESH_S=${REFRESH_S}; simulated clock (the storm's ${STORM_S} s and the refresh interval are moved through, not waited).`,
    '',
    "| instances | phase | gadgets with a number | live | the kept picture (viewer's page) | … with its age shown | status cards | Jira calls | 429 answered |",
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.mode} | ${r.phase} | ${r.numbers}/20 | ${r.live} | ${r.lastGood} | ${r.withAge} | ${r.cards} | ${r.jiraCalls} | ${r.answered429} |`,
    ),
  ].join('\n');
  return { markdown, rows };
}

if (process.argv[1]?.endsWith('storm.bench.ts')) {
  const r = await runStormBench(console.log);
  console.log(`\n${r.markdown}`);
}
