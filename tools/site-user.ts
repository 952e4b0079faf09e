/**
 * Who an API token belongs to, with the profile time zone and locale Jira uses for them: GET
 * /rest/api/3/myself. The dev tools (local preview, render CLI) log in with an API token, which
 * carries the user's own permissions, so they may ask; the Forge app does not (that route needs the
 * `read:jira-user` scope) and gets the zone and locale from Forge's context instead (functions/place.ts).
 */
import { localeOf, timeZoneOf } from '../functions/place';

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

/** Reads /myself as `login`; throws an Error with a message for people (bad login, no answer). */
export async function readSiteUser(login: SiteLogin): Promise<SiteUser> {
  const auth = `Basic ${Buffer.from(`${login.email}:${login.apiToken}`).toString('base64')}`;
  const res = await fetch(`${login.baseUrl}/rest/api/3/myself`, {
    headers: { Authorization: auth, Accept: 'application/json' },
    redirect: 'error',
  });
  if (res.status === 401 || res.status === 403)
    throw new Error(`Jira at ${login.baseUrl} refused the login (HTTP ${res.status}): check JIRA_EMAIL and JIRA_API_TOKEN.`);
  if (!res.ok) throw new Error(`Jira at ${login.baseUrl} answered HTTP ${res.status} to /rest/api/3/myself.`);
  const me = (await res.json()) as { accountId?: unknown; displayName?: unknown; timeZone?: unknown; locale?: unknown };
  if (typeof me.accountId !== 'string' || me.accountId === '') throw new Error(`Jira at ${login.baseUrl} did not say who you are.`);
  const user: SiteUser = { accountId: me.accountId, displayName: typeof me.displayName === 'string' ? me.displayName : login.email };
  const timeZone = timeZoneOf(me.timeZone);
  const locale = localeOf(me.locale);
  if (timeZone) user.timeZone = timeZone;
  if (locale) user.locale = locale;
  return user;
}
