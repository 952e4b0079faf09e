/**
 * Bundled by bench/server.bench.ts like the Forge function and run in a fresh node process: what the
 * JQL grammar (@atlassianlabs/jql-ast over antlr4ts) costs a new function instance — loading it, the
 * first parse, and later parses of new queries. Prints one JSON line.
 */
async function main(): Promise<void> {
  const t0 = performance.now();
  const { parseJql } = await import('../functions/jql/parse');
  const loadMs = performance.now() - t0;
  const time = (jql: string): number => {
    const t = performance.now();
    parseJql(jql);
    return performance.now() - t;
  };
  const firstMs = time('project = GLANCE AND type = Bug AND created >= -7d');
  const next = Array.from({ length: 10 }, (_, i) => time(`project = OPS AND statusCategory != Done AND created >= -${i + 1}d ORDER BY created`)).sort((a, b) => a - b);
  const varied = ['assignee = currentUser() AND resolution = Unresolved', 'filter = 10000 AND priority in (High, Highest)', 'sprint in openSprints() AND "Story Points" > 3', 'labels = "a b" OR text ~ "x y"', 'updated >= startOfWeek() AND status was "In Progress"']
    .map(time)
    .sort((a, b) => a - b);
  console.log(JSON.stringify({ loadMs, firstMs, similarMs: next[5], variedMs: varied[2] }));
}

void main();
