/**
 * Where the viewing user is: the time zone their days are counted in (Jira evaluates JQL dates in
 * the user's zone) and the locale their numbers, dates and month names are written in.
 *
 * In Jira the view sends both from Forge's Custom UI context (`view.getContext()` → `timezone`,
 * `locale`; @forge/bridge's FullContext type). It costs no Jira call and no scope: GET
 * /rest/api/3/myself would also say `timeZone` and `locale`, but it needs `read:jira-user` (Atlassian's
 * REST v3 reference, "Get current user": OAuth 2.0 scope `read:jira-user`), which Glance does not
 * ask for. The dev tools, which log in with an API token, read /myself (tools/site-user.ts).
 */
import { supportedLocale } from '../i18n/locale';
import { memo } from '../i18n/memo';

export interface Place {
  /** IANA time zone, e.g. "Pacific/Honolulu". */
  timeZone: string;
  /**
   * True when the request carried no usable zone, so `timeZone` is UTC by default, not the user's:
   * the gadget then says its days are counted in UTC (never silently).
   */
  zoneMissing?: boolean;
  /** BCP 47 locale Intl supports, e.g. "de-DE". */
  locale: string;
}

export const DEFAULT_PLACE: Readonly<Place> = Object.freeze({ timeZone: 'UTC', locale: 'en-US' });

// eslint-disable-next-line no-restricted-syntax -- valid IANA zone names only (invalid input is not remembered): no Jira data; bounded to 256
const zones = memo<string, string | undefined>(256);

/** An IANA time zone Intl knows, as given (ICU would rename some, e.g. Asia/Kolkata → Asia/Calcutta); undefined for anything else. */
export function timeZoneOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  // Only real zone names are remembered (the memo keeps no undefined), never arbitrary input.
  return zones(value, () => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return value;
    } catch {
      return undefined; // RangeError: not a time zone
    }
  });
}

/**
 * The place of one request: the zone and locale it carries (anything unusable falls back to UTC and
 * en-US; a missing zone is marked `zoneMissing`), with a locale the gadget's configuration pins
 * taking precedence over the user's.
 */
export function placeOf(given: { timeZone?: unknown; locale?: unknown }, pinnedLocale?: string): Place {
  const zone = timeZoneOf(given.timeZone);
  return {
    timeZone: zone ?? DEFAULT_PLACE.timeZone,
    locale: supportedLocale(pinnedLocale) ?? supportedLocale(given.locale) ?? DEFAULT_PLACE.locale,
    ...(zone === undefined ? { zoneMissing: true } : {}),
  };
}
