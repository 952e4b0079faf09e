/**
 * Atlassian's JQL grammar (@atlassianlabs/jql-ast over antlr4ts), loaded on first use. Only the edit
 * view's `validateJql` needs its messages; renders use the scanner (scan.ts). A new instance pays
 * ~77 ms to load the grammar and ~111 ms for its first parse (bench/RESULTS.md), so it must stay out
 * of the render path: a plain dynamic import, which Forge's bundler makes a lazy chunk (@forge/bundler
 * 7.3.0 runs webpack with the app's tsconfig, `module: ESNext` keeps `import()`, and sets no chunk limit).
 */

/** The grammar's syntax errors for `jql` (none when it parses). */
export async function grammarErrors(jql: string): Promise<string[]> {
  const { JastBuilder } = await import('@atlassianlabs/jql-ast');
  // A JastBuilder per parse: reusing one returns a query without `where` on its second build.
  return new JastBuilder().build(jql).errors.map((e) => e.message);
}
