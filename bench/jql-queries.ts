/** JQL for the JQL benchmarks: a long, realistic saved-filter query of about 2,000 characters. */
const clauses = [
  'project in (OPS, "Web Platform", MOBILE, DATA) AND issuetype in (Bug, "Sub-task", Story)',
  'assignee in membersOf("jira-software-users") AND statusCategory != Done',
  '(labels in (customer-facing, regression, "🔥 hotfix") OR priority in (Highest, High))',
  'status changed to "In Progress" after -14d AND "Epic Link" = OPS-1234',
  'summary ~ "login \\"SSO\\" 😀 timeout" AND text ~ \'order by\' AND cf[10016] > 3',
  'issue in linkedIssues(OPS-42, "blocks") AND fixVersion in unreleasedVersions()',
  'NOT (resolution = Duplicate) AND created >= startOfMonth(-1) AND duedate <= endOfWeek()',
  'component WAS IN ("API", "Billing") BEFORE "2026-01-01" AND reporter != currentUser()',
];

/** About 2,000 characters: the clauses above repeated, ORed in groups, with an ORDER BY. */
export const LONG_JQL = `${Array.from({ length: 3 }, (_, i) => `(${clauses.join(i % 2 ? ' OR ' : ' AND ')})`).join(' OR ')} ORDER BY priority DESC, updated ASC`;
