/** Demo accounts. Only the users in DEMO_USERS can log in (HTTP Basic `email:apiToken`). */

/** A user who can call the demo Jira. */
export interface DemoUser {
  accountId: string;
  email: string;
  displayName: string;
  apiToken: string;
  /** Profile time zone (IANA): JQL date literals and date functions are evaluated in it, as Jira does. */
  timeZone: string;
  /** Profile locale in Jira's spelling ("de_DE"), as GET /rest/api/3/myself returns it. */
  locale: string;
}

/** Any account that can appear as assignee or reporter. */
export interface DemoPerson {
  accountId: string;
  email: string;
  displayName: string;
}

export const ALICE: DemoUser = {
  accountId: '5f8a0c1e2d3b4a5968a1ce01',
  email: 'alice@glance-demo.example',
  displayName: 'Alice Admin',
  apiToken: 'demo-token-alice',
  timeZone: 'America/New_York',
  locale: 'en_US',
};

export const BOB: DemoUser = {
  accountId: '5f8a0c1e2d3b4a5968b0b002',
  email: 'bob@glance-demo.example',
  displayName: 'Bob Builder',
  apiToken: 'demo-token-bob',
  timeZone: 'Europe/Berlin',
  locale: 'de_DE',
};

/** Users that can authenticate. Alice browses every project; Bob cannot browse SEC. */
export const DEMO_USERS: readonly DemoUser[] = [ALICE, BOB];

/** Everyone who works on the demo projects (assignees, reporters). */
export const PEOPLE: readonly DemoPerson[] = [
  ALICE,
  BOB,
  { accountId: '5f8a0c1e2d3b4a5968ca401c', email: 'carol@glance-demo.example', displayName: 'Carol Chen' },
  { accountId: '5f8a0c1e2d3b4a5968da40dd', email: 'dan@glance-demo.example', displayName: 'Dan Diaz' },
  { accountId: '5f8a0c1e2d3b4a5968e41eee', email: 'erin@glance-demo.example', displayName: 'Erin Ek' },
];

/** Project keys a user may NOT browse ("Browse projects" permission missing). */
const HIDDEN_PROJECTS: ReadonlyMap<string, readonly string[]> = new Map([[BOB.accountId, ['SEC']]]);

/** Whether the account has the Browse projects permission on the project. */
export function canBrowse(accountId: string, projectKey: string): boolean {
  return !(HIDDEN_PROJECTS.get(accountId) ?? []).includes(projectKey);
}

/** Finds a person by account id. */
export function personById(accountId: string): DemoPerson | undefined {
  return PEOPLE.find((p) => p.accountId === accountId);
}
