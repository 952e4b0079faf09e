/**
 * Bundled like the Forge function and run in a fresh node process (bench/jql.bench.ts, bench/server.bench.ts):
 * what a new function instance pays for JQL. `node jql-probe.cjs grammar` (the default) times Atlassian's
 * grammar (@atlassianlabs/jql-ast over antlr4ts), which only the edit view's validateJql loads;
 * `node jql-probe.cjs scanner` times functions/jql/scan.ts, which renders use. Prints one JSON line.
 */
import { LONG_JQL } from './jql-queries';

/** Set by bench/jql.bench.ts's build (esbuild `define`), so each bundle holds only the code it times. */
declare const JQL_PROBE_MODE: string | undefined;
const SCANNER = (typeof JQL_PROBE_MODE === 'string' ? JQL_PROBE_MODE : process.argv[2]) === 'scanner';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const t0 = performance.now();
  // The condition is SCANNER's, written out: esbuild folds the define here and drops the other import.
  const parse: (jql: string) => unknown =
    (typeof JQL_PROBE_MODE === 'string' ? JQL_PROBE_MODE : process.argv[2]) === 'scanner'
      ? (await import('../functions/jql/scan')).scanJql
      : await import('@atlassianlabs/jql-ast').then(
          ({ JastBuilder }) =>
            (jql: string) =>
              new JastBuilder().build(jql),
        );
  const loadMs = performance.now() - t0;
  const time = (jql: string): number => {
    const t = performance.now();
    parse(jql);
    return performance.now() - t;
  };
  const firstMs = time('project = GLANCE AND type = Bug AND created >= -7d');
  const similarMs = median(
    Array.from({ length: 10 }, (_, i) => time(`project = OPS AND statusCategory != Done AND created >= -${i + 1}d ORDER BY created`)),
  );
  const variedMs = median(
    [
      'assignee = currentUser() AND resolution = Unresolved',
      'filter = 10000 AND priority in (High, Highest)',
      'sprint in openSprints() AND "Story Points" > 3',
      'labels = "a b" OR text ~ "x y"',
      'updated >= startOfWeek() AND status was "In Progress"',
    ].map(time),
  );
  // Warm: the same 2,000-character query, in batches so the timer's resolution does not matter.
  const batch = SCANNER ? 1_000 : 5;
  const longUs = median(
    Array.from({ length: 7 }, () => {
      const t = performance.now();
      for (let i = 0; i < batch; i++) parse(LONG_JQL);
      return ((performance.now() - t) / batch) * 1_000;
    }),
  );
  console.log(
    JSON.stringify({ mode: SCANNER ? 'scanner' : 'grammar', loadMs, firstMs, similarMs, variedMs, longUs, longChars: LONG_JQL.length }),
  );
}

void main();
