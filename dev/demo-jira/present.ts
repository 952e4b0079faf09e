/** Jira REST v3 JSON shapes for the demo's records. */
import type { Dataset, DemoFilter, DemoIssue, DemoSprint, DemoVersion } from './dataset';
import {
  BUSINESS_VALUE_FIELD,
  CUSTOMER_FIELD,
  ISSUE_TYPES,
  PRIORITIES,
  PROJECTS,
  RESOLUTIONS,
  SPRINT_FIELD,
  STATUSES,
  STORY_POINTS_FIELD,
  categoryByName,
  type DemoProject,
} from './catalog';
import { DEMO_USERS, personById } from './users';
import { filterLinks } from './jira-shapes';

type Json = Record<string, unknown>;

/** Jira's timestamp format: 2026-03-14T09:12:33.000+0000. */
export function jiraDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

function jiraDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const avatars = (base: string, kind: string, id: string): Json => ({
  '48x48': `${base}/avatars/${kind}/${id}?size=48`,
  '24x24': `${base}/avatars/${kind}/${id}?size=24`,
  '16x16': `${base}/avatars/${kind}/${id}?size=16`,
  '32x32': `${base}/avatars/${kind}/${id}?size=32`,
});

/** A user as embedded in issues and filters. */
export function userJson(base: string, accountId: string | null): Json | null {
  if (accountId === null) return null;
  const person = personById(accountId);
  if (!person) return null;
  return {
    self: `${base}/rest/api/3/user?accountId=${person.accountId}`,
    accountId: person.accountId,
    emailAddress: person.email,
    avatarUrls: avatars(base, 'user', person.accountId),
    displayName: person.displayName,
    active: true,
    timeZone: DEMO_USERS.find((u) => u.accountId === person.accountId)?.timeZone ?? 'Etc/UTC',
    accountType: 'atlassian',
  };
}

export function projectJson(base: string, project: DemoProject): Json {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${base}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: avatars(base, 'project', project.id),
    projectTypeKey: 'software',
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

function statusJson(base: string, name: string): Json {
  const status = STATUSES.find((s) => s.name === name);
  const category = categoryByName(status!.category);
  return {
    self: `${base}/rest/api/3/status/${status!.id}`,
    description: '',
    iconUrl: `${base}/images/icons/statuses/generic.png`,
    name: status!.name,
    untranslatedName: status!.name,
    id: status!.id,
    statusCategory: {
      self: `${base}/rest/api/3/statuscategory/${category.id}`,
      id: category.id,
      key: category.key,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

function sprintJson(sprint: DemoSprint): Json {
  return {
    id: sprint.id,
    name: sprint.name,
    state: sprint.state,
    boardId: sprint.boardId,
    goal: sprint.goal,
    startDate: new Date(sprint.startDate).toISOString(),
    endDate: new Date(sprint.endDate).toISOString(),
    ...(sprint.state === 'closed' ? { completeDate: new Date(sprint.endDate).toISOString() } : {}),
  };
}

/** A version as embedded in an issue's fixVersions. */
function embeddedVersionJson(base: string, version: DemoVersion): Json {
  return {
    self: `${base}/rest/api/3/version/${version.id}`,
    id: version.id,
    ...(version.description === '' ? {} : { description: version.description }),
    name: version.name,
    archived: version.archived,
    released: version.released,
    ...(version.releaseDate === null ? {} : { releaseDate: jiraDate(version.releaseDate) }),
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Jira's user-facing date ("6/Jul/2026"), as in userStartDate/userReleaseDate (the demo users' locale is en). */
function userDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}`;
}

/**
 * A version as GET /rest/api/3/version/{id} and /project/{key}/versions return it. Dates are days
 * ("2026-11-30"); `overdue` comes with a release date: unreleased and past it.
 */
export function versionJson(base: string, version: DemoVersion, today: number): Json {
  const { startDate, releaseDate } = version;
  return {
    ...embeddedVersionJson(base, version),
    ...(startDate === null ? {} : { startDate: jiraDate(startDate) }),
    ...(releaseDate === null ? {} : { overdue: !version.released && releaseDate < today }),
    ...(startDate === null ? {} : { userStartDate: userDate(startDate) }),
    ...(releaseDate === null ? {} : { userReleaseDate: userDate(releaseDate) }),
    projectId: Number(PROJECTS.find((p) => p.key === version.project)!.id),
  };
}

/** Every field id the demo can return, with how to present it. */
const FIELD_VALUES: Readonly<Record<string, (issue: DemoIssue, base: string, data: Dataset) => unknown>> = {
  summary: (i) => i.summary,
  status: (i, base) => statusJson(base, i.status),
  issuetype: (i, base) => {
    const type = ISSUE_TYPES.find((t) => t.name === i.issueType)!;
    return {
      self: `${base}/rest/api/3/issuetype/${type.id}`,
      id: type.id,
      description: type.description,
      iconUrl: `${base}/images/icons/issuetypes/${type.name.toLowerCase()}.svg`,
      name: type.name,
      subtask: false,
      hierarchyLevel: type.hierarchyLevel,
    };
  },
  project: (i, base) => {
    const {
      expand: _expand,
      properties: _p,
      isPrivate: _ip,
      style: _s,
      ...rest
    } = projectJson(
      base,
      PROJECTS.find((p) => p.key === i.project)!,
    );
    return rest;
  },
  priority: (i, base) => {
    const p = PRIORITIES.find((x) => x.name === i.priority)!;
    return {
      self: `${base}/rest/api/3/priority/${p.id}`,
      iconUrl: `${base}/images/icons/priorities/${p.name.toLowerCase()}.svg`,
      name: p.name,
      id: p.id,
    };
  },
  assignee: (i, base) => userJson(base, i.assignee),
  reporter: (i, base) => userJson(base, i.reporter),
  creator: (i, base) => userJson(base, i.reporter),
  created: (i) => jiraDateTime(i.created),
  updated: (i) => jiraDateTime(i.updated),
  resolutiondate: (i) => (i.resolved === null ? null : jiraDateTime(i.resolved)),
  resolution: (i, base) => {
    const r = RESOLUTIONS.find((x) => x.name === i.resolution);
    return r ? { self: `${base}/rest/api/3/resolution/${r.id}`, id: r.id, description: r.description, name: r.name } : null;
  },
  duedate: (i) => (i.duedate === null ? null : jiraDate(i.duedate)),
  labels: (i) => [...i.labels],
  fixVersions: (i, base, data) =>
    i.fixVersions.map((name) =>
      embeddedVersionJson(
        base,
        data.versions.find((v) => v.name === name)!,
      ),
    ),
  timeoriginalestimate: (i) => i.originalEstimate,
  aggregatetimeoriginalestimate: (i) => i.originalEstimate,
  timespent: (i) => i.timeSpent,
  aggregatetimespent: (i) => i.timeSpent,
  timeestimate: (i) => remaining(i),
  aggregatetimeestimate: (i) => remaining(i),
  description: () => null,
  [STORY_POINTS_FIELD]: (i) => i.storyPoints,
  [BUSINESS_VALUE_FIELD]: (i) => i.businessValue,
  [SPRINT_FIELD]: (i, _base, data) => {
    const sprint = data.sprints.find((s) => s.id === i.sprint);
    return sprint ? [sprintJson(sprint)] : null;
  },
  [CUSTOMER_FIELD]: (i) => i.customer,
};

function remaining(issue: DemoIssue): number | null {
  if (issue.originalEstimate === null) return null;
  return issue.statusCategory === 'Done' ? 0 : Math.max(0, issue.originalEstimate - (issue.timeSpent ?? 0));
}

/**
 * Which fields to return, from the request's `fields`: ids, `*all`, `*navigable`, `-id` to exclude.
 * Nothing requested → none (the issue then carries only its id, like search/jql).
 */
export function selectFields(requested: readonly string[]): string[] {
  const all = Object.keys(FIELD_VALUES);
  const onlyExclusions = requested.every((f) => f.trim().startsWith('-'));
  const chosen = new Set<string>(onlyExclusions ? all : []);
  for (const raw of requested) {
    const f = raw.trim();
    if (f === '*all' || f === '*navigable') all.forEach((id) => chosen.add(id));
    else if (f.startsWith('-')) chosen.delete(f.slice(1));
    else if (Object.hasOwn(FIELD_VALUES, f)) chosen.add(f); // own ids only: not constructor, toString, __proto__
  }
  for (const raw of requested) if (raw.trim().startsWith('-')) chosen.delete(raw.trim().slice(1));
  return [...chosen];
}

/** An issue as search/jql returns it. */
export function issueJson(base: string, data: Dataset, issue: DemoIssue, fields: readonly string[] | null): Json {
  if (fields === null) return { id: issue.id };
  const values: Json = {};
  for (const id of fields) if (Object.hasOwn(FIELD_VALUES, id)) values[id] = FIELD_VALUES[id](issue, base, data);
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${base}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields: values,
  };
}

export const FILTER_EXPANDS = [
  'description',
  'owner',
  'jql',
  'viewUrl',
  'searchUrl',
  'favourite',
  'favouritedCount',
  'sharePermissions',
  'editPermissions',
  'isWritable',
  'approximateLastUsed',
  'subscriptions',
] as const;

/** A saved filter; `expand` limits the optional parts like filter/search does (null = everything, like filter/{id}). */
export function filterJson(base: string, filter: DemoFilter, viewer: string, expand: ReadonlySet<string> | null): Json {
  const links = filterLinks(base, filter.id, filter.jql);
  const full: Json = {
    description: filter.description,
    owner: userJson(base, filter.owner),
    jql: filter.jql,
    viewUrl: links.viewUrl,
    searchUrl: links.searchUrl,
    favourite: filter.owner === viewer,
    favouritedCount: filter.shared ? 3 : 1,
    sharePermissions: filter.shared ? [{ id: Number(filter.id) + 1, type: 'authenticated' }] : [],
    editPermissions: [],
    isWritable: filter.owner === viewer,
    approximateLastUsed: null,
    subscriptions: { size: 0, items: [], 'max-results': 0, 'start-index': 0, 'end-index': 0 },
  };
  const json: Json = {
    expand: FILTER_EXPANDS.join(','),
    self: links.self,
    id: filter.id,
    name: filter.name,
  };
  for (const key of FILTER_EXPANDS) if (expand === null || expand.has(key)) json[key] = full[key];
  return json;
}
