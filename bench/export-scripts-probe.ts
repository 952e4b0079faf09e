/**
 * Run by bench/export-scripts.bench.ts in a fresh node process: loads the Forge build (argv[2]) as
 * the runtime would and times exports in a row — a Latin gadget, then Japanese, then Japanese again
 * with another value, then Korean and Chinese — with a stand-in for Jira. Prints one JSON line.
 */
import { requireHandler } from '../build/built-function';

const g = globalThis as Record<string, unknown>;
let count = 40;
g.__forge_fetch__ = () =>
  Promise.resolve(new Response(JSON.stringify({ count: count++ }), { status: 200, headers: { 'content-type': 'application/json' } }));

const event = (title: string, locale: string) => ({
  call: { functionKey: 'export', payload: { width: 320, colorMode: 'light', locale } },
  context: {
    moduleKey: 'glance-counter',
    extension: {
      type: 'jira:dashboardGadget',
      gadgetConfiguration: {
        version: 1,
        kind: 'counter',
        title,
        source: { type: 'project', projectKey: 'ABC' },
        metric: { type: 'count' },
      },
    },
  },
});
const runtime = { principal: { accountId: 'acc-1' }, installContext: 'ari:cloud:jira::site/site-1' };

async function main(): Promise<void> {
  const handler = requireHandler(process.argv[2]);
  const steps: [string, string, string][] = [
    ['latin', 'Open bugs', 'en-US'],
    ['latinNext', 'Open bugs', 'en-US'],
    ['ja', '未解決のバグ', 'ja-JP'],
    ['jaNext', '未解決のバグ', 'ja-JP'],
    ['ko', '해결되지 않은 버그', 'ko-KR'],
    ['zh', '未解决的缺陷', 'zh-CN'],
    ['emoji', '🐞 Open bugs', 'en-US'],
  ];
  const out: Record<string, number> = {};
  for (const [name, title, locale] of steps) {
    const t = performance.now();
    const r = (await handler(event(title, locale), runtime)) as { ok: boolean };
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r).slice(0, 200)}`);
    out[name] = performance.now() - t;
  }
  console.log(JSON.stringify(out));
}

void main();
