/**
 * The size, key-count and depth limits of a gadget configuration, checked before any validation work
 * (validate.ts): one bounded, iterative walk that stops at the first limit passed, so a hostile
 * configuration (80,000 unknown keys, an array 5,000 levels deep, a 1 MB string) costs at most a walk
 * of the limits' size, never a stack overflow nor work that grows faster than the input.
 */

/**
 * The limits. `chars`: the configuration as JSON (what the dashboard stores), in characters.
 * Forge does not document how large a gadget's stored configuration (`view.submit`) may be
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-dashboard-gadget/
 * says nothing of it). Jira keeps dashboard items' data as entity properties, whose values Jira
 * limits to 32,768 characters (Jira Cloud REST API v3, e.g. "Bulk set issue property": "The maximum
 * length is 32768 characters"; https://developer.atlassian.com/server/jira/platform/entity-properties:
 * "a maximum size of 32 KB"). We assume that limit for the configuration: conservative, and far above
 * any gadget a person builds (a formula over five 10,000-character queries is the one that reaches it).
 * `keys`: object members and list items together (a full formula gadget has about 150).
 * `depth`: nesting of objects and lists (a formula variable's source is 5 deep).
 */
export const CONFIG_BOUNDS = { chars: 32_768, keys: 1_000, depth: 16 } as const;

/** The first limit a configuration passes: which, and (for `chars`) at least how large it is. */
type Excess = { limit: 'chars'; size: number } | { limit: 'keys' } | { limit: 'depth' };

/**
 * Measures `input` as JSON (JSON.stringify's rules: undefined members left out) against
 * {@link CONFIG_BOUNDS}; undefined when it is within all three. Iterative; stops at the first excess.
 */
export function exceeds(input: unknown, bounds: { chars: number; keys: number; depth: number } = CONFIG_BOUNDS): Excess | undefined {
  let chars = 0;
  let keys = 0;
  const stack: [unknown, number][] = [[input, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') chars += value.length > bounds.chars ? value.length + 2 : JSON.stringify(value).length;
    else if (typeof value === 'number') chars += Number.isFinite(value) ? String(value).length : 4;
    else if (typeof value === 'boolean') chars += value ? 4 : 5;
    else if (value === null || typeof value !== 'object')
      chars += 4; // null (undefined, functions: as list items)
    else {
      if (depth >= bounds.depth) return { limit: 'depth' };
      const list = Array.isArray(value);
      const names = list ? undefined : Object.keys(value);
      const count = list ? value.length : names!.length;
      keys += count;
      if (keys > bounds.keys) return { limit: 'keys' };
      chars += 2; // brackets
      let written = 0;
      for (let i = count - 1; i >= 0; i--) {
        const member = list ? (value as unknown[])[i] : (value as Record<string, unknown>)[names![i]];
        if (!list && (member === undefined || typeof member === 'function' || typeof member === 'symbol')) continue;
        if (!list) chars += JSON.stringify(names![i]).length + 1;
        if (written++ > 0) chars++; // comma
        stack.push([member, depth + 1]);
      }
    }
    if (chars > bounds.chars) return { limit: 'chars', size: chars };
  }
  return undefined;
}

/** The length of `config` as JSON (a validated configuration: small, plain, no cycles). */
export function jsonLength(config: unknown): number {
  return JSON.stringify(config)?.length ?? 0;
}
