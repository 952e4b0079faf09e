/** The answer to GET /rest/api/3/field: system fields and the custom fields, in Jira's shape. */
import { BUSINESS_VALUE_FIELD, CUSTOMER_FIELD, SPRINT_FIELD, STORY_POINTS_FIELD } from './catalog';

interface FieldRow {
  id: string;
  name: string;
  clauseNames: string[];
  schema?: Record<string, unknown>;
  orderable?: boolean;
  navigable?: boolean;
  searchable?: boolean;
}

const system = (id: string, name: string, type: string, extra: Partial<FieldRow> = {}, items?: string): FieldRow => ({
  id,
  name,
  clauseNames: [id],
  schema: { type, ...(items ? { items } : {}), system: id },
  ...extra,
});

const ROWS: readonly FieldRow[] = [
  { id: 'issuekey', name: 'Key', clauseNames: ['id', 'issue', 'issuekey', 'key'], orderable: false },
  system('summary', 'Summary', 'string'),
  system('issuetype', 'Issue Type', 'issuetype', { clauseNames: ['issuetype', 'type'] }),
  system('status', 'Status', 'status', { orderable: false }),
  { id: 'statusCategory', name: 'Status Category', clauseNames: ['statusCategory'], orderable: false },
  system('project', 'Project', 'project'),
  system('priority', 'Priority', 'priority'),
  system('resolution', 'Resolution', 'resolution'),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('creator', 'Creator', 'user', { orderable: false }),
  system('created', 'Created', 'datetime', { clauseNames: ['created', 'createdDate'], orderable: false }),
  system('updated', 'Updated', 'datetime', { clauseNames: ['updated', 'updatedDate'], orderable: false }),
  system('resolutiondate', 'Resolved', 'datetime', { clauseNames: ['resolutiondate', 'resolved'], orderable: false }),
  system('duedate', 'Due date', 'date', { clauseNames: ['due', 'duedate'] }),
  system('labels', 'Labels', 'array', { clauseNames: ['labels'] }, 'string'),
  system('fixVersions', 'Fix versions', 'array', { clauseNames: ['fixVersion'] }, 'version'),
  system('description', 'Description', 'string'),
  system('timeoriginalestimate', 'Original estimate', 'number', {
    clauseNames: ['originalEstimate', 'timeoriginalestimate'],
    orderable: false,
  }),
  system('aggregatetimeoriginalestimate', 'Σ Original Estimate', 'number', { clauseNames: [], orderable: false, searchable: false }),
  system('timespent', 'Time Spent', 'number', { clauseNames: ['timespent'], orderable: false }),
  system('aggregatetimespent', 'Σ Time Spent', 'number', { clauseNames: [], orderable: false, searchable: false }),
  system('timeestimate', 'Remaining Estimate', 'number', { clauseNames: ['remainingEstimate', 'timeestimate'], orderable: false }),
  system('aggregatetimeestimate', 'Σ Remaining Estimate', 'number', { clauseNames: [], orderable: false, searchable: false }),
];

const custom = (id: string, name: string, schema: Record<string, unknown>): FieldRow => ({
  id,
  name,
  clauseNames: [`cf[${id.slice('customfield_'.length)}]`, name],
  schema,
});

const CUSTOM: readonly FieldRow[] = [
  custom(STORY_POINTS_FIELD, 'Story Points', {
    type: 'number',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
    customId: 10016,
  }),
  custom(SPRINT_FIELD, 'Sprint', {
    type: 'array',
    items: 'json',
    custom: 'com.pyxis.greenhopper.jira:gh-sprint',
    customId: 10020,
  }),
  custom(BUSINESS_VALUE_FIELD, 'Business Value', {
    type: 'number',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
    customId: 10030,
  }),
  custom(CUSTOMER_FIELD, 'Customer', {
    type: 'string',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield',
    customId: 10050,
  }),
];

/** GET /rest/api/3/field body. */
export function fieldList(): Record<string, unknown>[] {
  const row = (f: FieldRow, isCustom: boolean): Record<string, unknown> => ({
    id: f.id,
    key: f.id,
    name: f.name,
    ...(isCustom ? { untranslatedName: f.name } : {}),
    custom: isCustom,
    orderable: f.orderable ?? true,
    navigable: f.navigable ?? true,
    searchable: f.searchable ?? true,
    clauseNames: f.clauseNames,
    ...(f.schema ? { schema: f.schema } : {}),
  });
  return [...ROWS.map((f) => row(f, false)), ...CUSTOM.map((f) => row(f, true))];
}
