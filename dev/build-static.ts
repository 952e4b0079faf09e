/** Bundles static/view and static/edit into static/<name>/dist. PLACEHOLDER. */
export async function buildStatic(): Promise<void> {}
