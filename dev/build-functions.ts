/** Bundles functions/index.ts into dist/ for the manifest (app.package.bundler: manual). PLACEHOLDER. */
export async function buildFunctions(): Promise<void> {}
