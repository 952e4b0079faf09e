/**
 * The fixed parts of the demo site: projects, issue types, statuses and their categories, priorities,
 * resolutions and custom fields. Ids follow the numbering a fresh Jira Cloud site uses where one exists.
 */

export interface DemoProject {
  id: string;
  key: string;
  name: string;
  /** Scrum projects get sprints. */
  scrum: boolean;
}

export const PROJECTS: readonly DemoProject[] = [
  { id: '10000', key: 'GLANCE', name: 'Glance Web', scrum: true },
  { id: '10001', key: 'OPS', name: 'Operations', scrum: true },
  { id: '10002', key: 'SEC', name: 'Security', scrum: false },
];

export type CategoryName = 'To Do' | 'In Progress' | 'Done';

export interface StatusCategory {
  id: number;
  key: 'new' | 'indeterminate' | 'done';
  colorName: 'blue-gray' | 'yellow' | 'green';
  name: CategoryName;
}

export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  { id: 3, key: 'done', colorName: 'green', name: 'Done' },
];

export interface DemoStatus {
  id: string;
  name: string;
  category: CategoryName;
}

export const STATUSES: readonly DemoStatus[] = [
  { id: '10000', name: 'To Do', category: 'To Do' },
  { id: '10001', name: 'Backlog', category: 'To Do' },
  { id: '3', name: 'In Progress', category: 'In Progress' },
  { id: '10002', name: 'In Review', category: 'In Progress' },
  { id: '10003', name: 'Done', category: 'Done' },
  { id: '6', name: 'Closed', category: 'Done' },
];

export interface DemoIssueType {
  id: string;
  name: 'Bug' | 'Story' | 'Task' | 'Epic';
  hierarchyLevel: number;
  description: string;
}

export const ISSUE_TYPES: readonly DemoIssueType[] = [
  { id: '10004', name: 'Bug', hierarchyLevel: 0, description: 'A problem or error.' },
  { id: '10001', name: 'Story', hierarchyLevel: 0, description: 'A user story.' },
  { id: '10002', name: 'Task', hierarchyLevel: 0, description: 'A small piece of work.' },
  { id: '10000', name: 'Epic', hierarchyLevel: 1, description: 'A big user story that needs to be broken down.' },
];

/** Highest first: JQL `priority > Medium` means "more urgent than Medium". */
export const PRIORITIES: readonly { id: string; name: string }[] = [
  { id: '1', name: 'Highest' },
  { id: '2', name: 'High' },
  { id: '3', name: 'Medium' },
  { id: '4', name: 'Low' },
  { id: '5', name: 'Lowest' },
];

export const RESOLUTIONS: readonly { id: string; name: string; description: string }[] = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: "This issue won't be actioned." },
  { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
];

export const LABELS: readonly string[] = ['frontend', 'backend', 'ux', 'performance', 'security', 'tech-debt', 'customer', 'infra', 'a11y'];

/** Numeric custom fields (schema.type "number"). */
export const STORY_POINTS_FIELD = 'customfield_10016';
export const BUSINESS_VALUE_FIELD = 'customfield_10030';
/** Sprint custom field (array of sprint objects, like Jira Software's). */
export const SPRINT_FIELD = 'customfield_10020';
/** A text custom field nobody searches: shows that pickers must filter on schema.type. */
export const CUSTOMER_FIELD = 'customfield_10050';

export function statusByName(name: string): DemoStatus {
  const status = STATUSES.find((s) => s.name === name);
  if (!status) throw new Error(`unknown status ${name}`);
  return status;
}

export function categoryByName(name: CategoryName): StatusCategory {
  return STATUS_CATEGORIES.find((c) => c.name === name) as StatusCategory;
}
