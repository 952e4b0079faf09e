/**
 * Who an API token belongs to, with the profile time zone and locale Jira uses for them: GET
 * /rest/api/3/myself. The dev tools (local preview, render CLI) log in with an API token, which
 * carries the user's own permissions, so they may ask; the Forge app does not (that route needs the
 * `read:jira-user` scope) and gets the zone and locale from Forge's context instead (functions/place.ts).
 *
 * The read goes through the same JiraClient as every other Jira call: a 429 or a 5xx is retried
 * (Retry-After honoured), a timeout is bounded, and a failure is worded as the gadget words it.
 */
import { route } from '@forge/api';
import { JiraClient, type ClientOptions } from '../functions/jira/client';
import { JiraError } from '../functions/jira/errors';
import { fetchTransport } from '../functions/jira/fetch-transport';
import { RateLimits } from '../functions/jira/rate-limits';
import { timeZoneOf } from '../functions/place';
import { supportedLocale } from '../i18n/locale';

export interface SiteLogin {
  baseUrl: string;
  email: string;
  apiToken: string;
}

export interface SiteUser {
  accountId: string;
  displayName: string;
  /** IANA zone, when Jira said one Intl knows. */
  timeZone?: string;
  /** BCP 47 ("de-DE" from Jira's "de_DE"), when Jira said one Intl supports. */
  locale?: string;
}

/**
 * Reads /myself as `login` through a JiraClient (`client` options: tests shorten its waits); throws
 * an Error with a message for people (bad login, rate limited, no answer, an unreadable answer).
 */
export async function readSiteUser(login: SiteLogin, client: ClientOptions = {}): Promise<SiteUser> {
  const jira = new JiraClient(fetchTransport(login), { limits: new RateLimits(), ...client });
  let me: unknown;
  try {
    me = await jira.json<unknown>('GET', route`/rest/api/3/myself`);
  } catch (error) {
    if (!(error instanceof JiraError)) throw error;
    const status = error.details.status;
    if (status === 401 || status === 403)
      throw new Error(`Jira at ${login.baseUrl} refused the login (HTTP ${status}): check JIRA_EMAIL and JIRA_API_TOKEN.`, {
        cause: error,
      });
    throw new Error(`Jira at ${login.baseUrl} could not say who you are (/rest/api/3/myself): ${error.message}`, { cause: error });
  }
  const {
    accountId,
    displayName,
    timeZone: zone,
    locale: tag,
  } = (typeof me === 'object' && me !== null ? me : {}) as Record<string, unknown>;
  if (typeof accountId !== 'string' || accountId === '') throw new Error(`Jira at ${login.baseUrl} did not say who you are.`);
  const user: SiteUser = { accountId, displayName: typeof displayName === 'string' ? displayName : login.email };
  const timeZone = timeZoneOf(zone);
  const locale = supportedLocale(tag);
  if (timeZone) user.timeZone = timeZone;
  if (locale) user.locale = locale;
  return user;
}
