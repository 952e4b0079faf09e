/** Script time of one bundle in a Chromium trace: used by the client bench, tested by test/bench. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'RunMicrotasks',
]);

/**
 * Ms of main-thread script events (compile, evaluate, function calls) that belong to `bundle`: the
 * outermost script event whose URL ends with it, nested ones not counted again.
 */
export function bundleScriptMs(events: TraceEvent[], bundle: string): number {
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.args?.data?.url?.endsWith(bundle)),
  );
  if (!main) return NaN;
  const own = events
    .filter(
      (e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.endsWith(bundle),
    )
    .sort((x, y) => x.ts - y.ts);
  let end = -Infinity;
  let us = 0;
  for (const e of own) {
    if (e.ts < end) continue;
    us += e.dur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return us / 1000;
}
