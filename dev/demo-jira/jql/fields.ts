/**
 * The JQL fields the demo Jira evaluates, each with how to read it from an issue and how to turn
 * operand values into comparable values. Unknown values become Jira's "does not exist" messages.
 */
import type { DemoIssue } from '../dataset';
import { ISSUE_TYPES, PRIORITIES, RESOLUTIONS, STATUSES, STATUS_CATEGORIES } from '../catalog';
import { PEOPLE } from '../users';
import { visibleProjects, type JqlContext } from './context';
import { wallClock } from '../../../functions/metrics/calendar';
import { invalidDate, parseDateValue, parseDuration } from './dates';
import { unknownValue } from './errors';

export type FieldKind = 'option' | 'multi' | 'date' | 'number' | 'text' | 'key' | 'filter';

/** A value an operand resolves to: a canonical string/number, or a message when it is invalid. */
export type Resolved = { values: (string | number)[] } | { error: string };

export interface FieldSpec {
  /** Name used in messages (Jira uses the clause name as written, lower-cased for system fields). */
  name: string;
  kind: FieldKind;
  /** Single value (option/date/number/key), list (multi), or text (text). */
  get(issue: DemoIssue): string | number | null | string[] | number[];
  /** Operand text → canonical values. */
  resolve?(value: string, ctx: JqlContext): Resolved;
  /** Functions this field accepts (lower case), evaluated by the compiler. */
  functions?: readonly string[];
  /**
   * A date without a time (due date), held as midnight UTC of the date: operands are compared on
   * the searcher's local wall clock, so "2026-03-15" and endOfDay() mean that local date.
   */
  dateOnly?: boolean;
  /** For options with an order (priority): a rank where greater means "more". */
  rank?(value: string): number;
  /** For ORDER BY. */
  sortKey?(issue: DemoIssue): string | number | null;
}

const ci = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function optionResolver(field: string, options: () => readonly { id: string; name: string }[]) {
  return (value: string): Resolved => {
    const match = options().find((o) => ci(o.name, value) || o.id === value);
    return match ? { values: [match.name] } : { error: unknownValue(value, field) };
  };
}

function userResolver(field: string) {
  return (value: string): Resolved => {
    const person = PEOPLE.find((p) => p.accountId === value || ci(p.email, value) || ci(p.displayName, value));
    return person ? { values: [person.accountId] } : { error: unknownValue(value, field) };
  };
}

function dateResolver(field: string, dateOnly: boolean) {
  return (value: string, ctx: JqlContext): Resolved => {
    const ms = parseDateValue(value, ctx.nowMs, ctx.timeZone);
    if (ms === undefined) return { error: invalidDate(value, field) };
    return { values: [dateOnly ? wallClock(ms, ctx.timeZone) : ms] };
  };
}

function numberResolver(field: string) {
  return (value: string): Resolved => {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n)
      ? { values: [n] }
      : { error: `The value '${value}' is not a valid number for the field '${field}'.` };
  };
}

function durationResolver(field: string) {
  return (value: string): Resolved => {
    const s = parseDuration(value);
    return s === undefined
      ? { error: `The value '${value}' is not a valid duration for the field '${field}'. Use e.g. '4h', '1d 2h' or '90' (minutes).` }
      : { values: [s] };
  };
}

const DATE_FUNCTIONS = [
  'now',
  'startofday',
  'startofweek',
  'startofmonth',
  'startofyear',
  'endofday',
  'endofweek',
  'endofmonth',
  'endofyear',
];
const priorityRank = (name: string): number => PRIORITIES.length - PRIORITIES.findIndex((p) => p.name === name);

function dateField(name: string, get: (i: DemoIssue) => number | null, dateOnly = false): FieldSpec {
  return {
    name,
    kind: 'date',
    get,
    resolve: dateResolver(name, dateOnly),
    functions: DATE_FUNCTIONS,
    sortKey: get,
    ...(dateOnly ? { dateOnly } : {}),
  };
}

function numberField(name: string, get: (i: DemoIssue) => number | null, duration = false): FieldSpec {
  return { name, kind: 'number', get, resolve: duration ? durationResolver(name) : numberResolver(name), sortKey: get };
}

function userField(name: string, get: (i: DemoIssue) => string | null): FieldSpec {
  return {
    name,
    kind: 'option',
    get,
    resolve: userResolver(name),
    functions: ['currentuser'],
    sortKey: (i) => PEOPLE.find((p) => p.accountId === get(i))?.displayName ?? null,
  };
}

const project: FieldSpec = {
  name: 'project',
  kind: 'option',
  get: (i) => i.project,
  resolve: (value, ctx) => {
    const match = visibleProjects(ctx).find((p) => ci(p.key, value) || ci(p.name, value) || p.id === value);
    return match ? { values: [match.key] } : { error: unknownValue(value, 'project') };
  },
  sortKey: (i) => i.project,
};

const issuetype = (name: string): FieldSpec => ({
  name,
  kind: 'option',
  get: (i) => i.issueType,
  resolve: optionResolver(name, () => ISSUE_TYPES),
  sortKey: (i) => i.issueType,
});

const status: FieldSpec = {
  name: 'status',
  kind: 'option',
  get: (i) => i.status,
  resolve: optionResolver('status', () => STATUSES),
  sortKey: (i) => i.status,
};

const statusCategory: FieldSpec = {
  name: 'statusCategory',
  kind: 'option',
  get: (i) => i.statusCategory,
  resolve: (value) => {
    const match = STATUS_CATEGORIES.find((c) => ci(c.name, value) || ci(c.key, value) || String(c.id) === value);
    return match ? { values: [match.name] } : { error: unknownValue(value, 'statusCategory') };
  },
};

const priority: FieldSpec = {
  name: 'priority',
  kind: 'option',
  get: (i) => i.priority,
  resolve: optionResolver('priority', () => PRIORITIES),
  rank: priorityRank,
  sortKey: (i) => priorityRank(i.priority),
};

const resolution: FieldSpec = {
  name: 'resolution',
  kind: 'option',
  get: (i) => i.resolution,
  resolve: (value) => {
    // "Unresolved" is Jira's name for "no resolution"; the compiler maps the empty string to EMPTY.
    if (ci(value, 'Unresolved')) return { values: [''] };
    return optionResolver('resolution', () => RESOLUTIONS)(value);
  },
  sortKey: (i) => i.resolution,
};

const labels: FieldSpec = { name: 'labels', kind: 'multi', get: (i) => i.labels, resolve: (value) => ({ values: [value] }) };

const fixVersion: FieldSpec = {
  name: 'fixVersion',
  kind: 'multi',
  get: (i) => i.fixVersions,
  resolve: (value, ctx) => {
    const visible = new Set(visibleProjects(ctx).map((p) => p.key));
    const match = ctx.dataset.versions.filter((v) => visible.has(v.project) && (v.name === value || v.id === value));
    return match.length > 0 ? { values: match.map((v) => v.name) } : { error: unknownValue(value, 'fixVersion') };
  },
  functions: ['releasedversions', 'unreleasedversions'],
};

const sprint: FieldSpec = {
  name: 'sprint',
  kind: 'multi',
  get: (i) => (i.sprint === null ? [] : [i.sprint]),
  resolve: (value, ctx) => {
    const visible = new Set(visibleProjects(ctx).map((p) => p.key));
    const match = ctx.dataset.sprints.filter((s) => visible.has(s.project) && (String(s.id) === value || ci(s.name, value)));
    return match.length > 0 ? { values: match.map((s) => s.id) } : { error: unknownValue(value, 'sprint') };
  },
  functions: ['opensprints', 'closedsprints', 'futuresprints'],
};

const text = (name: string): FieldSpec => ({ name, kind: 'text', get: (i) => i.summary, sortKey: (i) => i.summary.toLowerCase() });

const key = (name: string): FieldSpec => ({
  name,
  kind: 'key',
  get: (i) => i.key,
  sortKey: (i) => `${i.project}-${String(i.number).padStart(8, '0')}`,
});

const filter = (name: string): FieldSpec => ({ name, kind: 'filter', get: () => null });

const storyPoints = numberField('Story Points', (i) => i.storyPoints);
const businessValue = numberField('Business Value', (i) => i.businessValue);
const originalEstimate = numberField('originalEstimate', (i) => i.originalEstimate, true);
const timeSpent = numberField('timeSpent', (i) => i.timeSpent, true);

/** Clause names (lower case) → field. */
const FIELDS: ReadonlyMap<string, FieldSpec> = new Map<string, FieldSpec>([
  ['project', project],
  ['issuetype', issuetype('issuetype')],
  ['type', issuetype('type')],
  ['status', status],
  ['statuscategory', statusCategory],
  ['priority', priority],
  ['resolution', resolution],
  ['assignee', userField('assignee', (i) => i.assignee)],
  ['reporter', userField('reporter', (i) => i.reporter)],
  ['labels', labels],
  ['label', labels],
  ['fixversion', fixVersion],
  ['sprint', sprint],
  ['cf[10020]', sprint],
  ['created', dateField('created', (i) => i.created)],
  ['createddate', dateField('createdDate', (i) => i.created)],
  ['updated', dateField('updated', (i) => i.updated)],
  ['updateddate', dateField('updatedDate', (i) => i.updated)],
  ['resolved', dateField('resolved', (i) => i.resolved)],
  ['resolutiondate', dateField('resolutiondate', (i) => i.resolved)],
  ['duedate', dateField('duedate', (i) => i.duedate, true)],
  ['due', dateField('due', (i) => i.duedate, true)],
  ['story points', storyPoints],
  ['cf[10016]', storyPoints],
  ['customfield_10016', storyPoints],
  ['business value', businessValue],
  ['cf[10030]', businessValue],
  ['customfield_10030', businessValue],
  ['originalestimate', originalEstimate],
  ['timeoriginalestimate', originalEstimate],
  ['timespent', timeSpent],
  ['summary', text('summary')],
  ['text', text('text')],
  ['key', key('key')],
  ['issuekey', key('issuekey')],
  ['id', key('id')],
  ['issue', key('issue')],
  ['filter', filter('filter')],
  ['request', filter('request')],
  ['savedfilter', filter('savedfilter')],
  ['searchrequest', filter('searchrequest')],
]);

/** Real Jira fields this demo does not evaluate: a clear 400 instead of a wrong number. */
const KNOWN_UNSUPPORTED = new Set([
  'description',
  'environment',
  'comment',
  'component',
  'parent',
  'epic link',
  'creator',
  'watcher',
  'watchers',
  'voter',
  'votes',
  'lastviewed',
  'level',
  'affectedversion',
  'category',
  'attachments',
  'remainingestimate',
  'timeestimate',
  'workratio',
  'statuscategorychangeddate',
  'issuelinktype',
  'team',
  'rank',
  'customer',
  'cf[10050]',
  'customfield_10050',
  'labels.name',
  'issue.property',
  'project.property',
  'hierarchylevel',
  'development',
  'approvals',
  'request-channel-type',
  'organizations',
  'satisfaction',
  'epic name',
  'subtasks',
]);

/** Looks a clause name up. `unsupported` marks real Jira fields the demo refuses to evaluate. */
export function findField(name: string): FieldSpec | 'unsupported' | undefined {
  const lower = name.toLowerCase();
  return FIELDS.get(lower) ?? (KNOWN_UNSUPPORTED.has(lower) ? 'unsupported' : undefined);
}

/** Fields ORDER BY accepts: any evaluated field with a sort key, plus rank (issue creation order). */
export function sortKeyFor(name: string): ((issue: DemoIssue) => string | number | null) | 'unsortable' | undefined {
  const lower = name.toLowerCase();
  if (lower === 'rank') return (i) => Number(i.id);
  const field = FIELDS.get(lower);
  if (!field) return KNOWN_UNSUPPORTED.has(lower) ? 'unsortable' : undefined;
  return field.sortKey ?? 'unsortable';
}
