/** Where the user is: their time zone and locale, from Forge's context. */
import type { RenderRequest } from '../../functions/contract';

/**
 * The user's time zone and locale from Forge's context (`view.getContext()`), sent with `render` and
 * `export`: the server counts the user's days in that zone (as Jira evaluates JQL dates) and writes
 * numbers and dates in that locale. Anything else is left out (the server then uses UTC and en-US).
 */
export function placeFromContext(ctx: unknown): Pick<RenderRequest, 'timeZone' | 'locale'> {
  const c = (typeof ctx === 'object' && ctx !== null ? ctx : {}) as { timezone?: unknown; locale?: unknown };
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : undefined);
  const place: Pick<RenderRequest, 'timeZone' | 'locale'> = {};
  if (text(c.timezone)) place.timeZone = text(c.timezone);
  if (text(c.locale)) place.locale = text(c.locale);
  return place;
}
