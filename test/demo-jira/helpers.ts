/** Shared helpers for the demo Jira tests: a fixed clock and a tiny authenticated client. */
import type { DemoIssue } from '../../dev/demo-jira/dataset';
import { startDemoJira, type DemoJira, type DemoJiraOptions } from '../../dev/demo-jira/server';
import { ALICE, BOB, type DemoUser } from '../../dev/demo-jira/users';

/** Sunday 15 March 2026, 10:30 UTC. Week starts Monday 9 March. */
export const NOW = new Date('2026-03-15T10:30:00.000Z');

export { ALICE, BOB };

export function start(options: DemoJiraOptions = {}): Promise<DemoJira> {
  return startDemoJira({ now: NOW, faults: { rules: [] }, latencyMs: 0, ...options });
}

export function basic(user: { email: string; apiToken: string }): string {
  return `Basic ${Buffer.from(`${user.email}:${user.apiToken}`).toString('base64')}`;
}

export interface Answer {
  status: number;
  headers: Headers;
  json: any;
  text: string;
}

/** Calls the demo Jira as `user` (or anonymously with null). */
export async function call(
  jira: DemoJira,
  user: DemoUser | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${jira.url}${path}`, {
    method,
    headers: {
      ...(user ? { authorization: basic(user) } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export async function count(jira: DemoJira, user: DemoUser, jql: string): Promise<Answer> {
  return call(jira, user, 'POST', '/rest/api/3/search/approximate-count', { jql });
}

/** Issues the user may browse, computed from the raw dataset (Bob cannot browse SEC). */
export function visibleTo(jira: DemoJira, user: DemoUser): DemoIssue[] {
  return jira.dataset.issues.filter((i) => user.accountId === ALICE.accountId || i.project !== 'SEC');
}

/** Every issue key a search/jql query returns, following nextPageToken to the end. */
export async function allKeys(
  jira: DemoJira,
  user: DemoUser,
  jql: string,
  maxResults?: number,
  fields = ['key'],
): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let token: string | undefined;
  let pages = 0;
  for (;;) {
    const res = await call(jira, user, 'POST', '/rest/api/3/search/jql', { jql, fields, maxResults, nextPageToken: token });
    if (res.status !== 200) throw new Error(`search failed: ${res.status} ${res.text}`);
    pages += 1;
    keys.push(...res.json.issues.map((i: { key: string }) => i.key));
    if (res.json.isLast) {
      if ('nextPageToken' in res.json) throw new Error('last page carries a nextPageToken');
      return { keys, pages };
    }
    token = res.json.nextPageToken;
    if (typeof token !== 'string') throw new Error('non-last page without nextPageToken');
  }
}
