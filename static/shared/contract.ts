/**
 * static/'s own copy of the few resolver contract fields it reads (functions/contract.ts is the source
 * of truth; static/ imports nothing of ours, so keep both in step).
 */

export type ColorMode = 'light' | 'dark';

/** One validation problem addressed by a dotted path such as `source.jql`. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * `render` result: always carries an SVG (the reading, or a status card). `links` (newer resolvers) maps
 * the drill ids in the SVG's `data-drill` attributes (e.g. `segment-done`) to issue-navigator hrefs.
 */
export type RenderResult =
  | { ok: true; svg: string; value: number | null; href?: string; links?: Record<string, string>; computedAt: string; partial?: boolean }
  | { ok: false; svg: string; code: string; message: string; errors?: FieldError[] };

export type ValidateConfigResult = { ok: true; config: unknown } | { ok: false; errors: FieldError[] };

export interface ValidateJqlResult {
  ok: boolean;
  errors: string[];
}

export interface Option {
  value: string;
  label: string;
}

/** Picker lists: `fieldOptions`, `projectOptions {query?}`, `filterOptions {query?}`, `versionOptions {query: projectKey}`. */
export type OptionsResult = { ok: true; options: Option[] } | { ok: false; code: string; message: string };

/** Dashboard refresh event Jira sends to gadgets (manual refresh and, when refreshable, auto-refresh). */
export const REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

/** True when `x` looks like a render result (the bridge hands back whatever the resolver returned). */
export function isRenderResult(x: unknown): x is RenderResult {
  return typeof x === 'object' && x !== null && typeof (x as { svg?: unknown }).svg === 'string';
}

/**
 * The user's time zone and locale from Forge's context (`view.getContext()`), sent with `render` and
 * `export`: the server counts the user's days in that zone (as Jira evaluates JQL dates) and writes
 * numbers and dates in that locale. Anything else is left out (the server then uses UTC and en-US).
 */
export function placeFromContext(ctx: unknown): { timeZone?: string; locale?: string } {
  const c = (typeof ctx === 'object' && ctx !== null ? ctx : {}) as { timezone?: unknown; locale?: unknown };
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : undefined);
  const place: { timeZone?: string; locale?: string } = {};
  if (text(c.timezone)) place.timeZone = text(c.timezone);
  if (text(c.locale)) place.locale = text(c.locale);
  return place;
}
