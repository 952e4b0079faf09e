/**
 * The active sprint of a source's issues, read with read:jira-work only: no board, no sprint scopes.
 * Jira Software's Sprint field (the custom field whose schema is `com.pyxis.greenhopper.jira:gh-sprint`,
 * found through GET /rest/api/3/field) holds, on each issue, its sprints with id, name, state,
 * boardId, goal, startDate, endDate and completeDate.
 *
 * Two searches of one issue each: an issue of the source in an open sprint names sprint A; an issue
 * of the source in an open sprint other than A (`sprint != A`, which Jira reads as NOT sprint = A, so
 * it never matches an issue that is in A) means the issues span several active sprints. An issue is
 * in at most one active sprint, so two searches decide it exactly.
 */
import { andJql } from '../jql/compose';
import type { Reads } from './jira-reads';
import { guard } from './source';
import { isRecord } from '../record';

/**
 * Issues in an active sprint. openSprints() is documented as "not yet completed" sprints, which
 * would include future ones; Jira answers with started sprints only (JSWCLOUD-15217 asked Atlassian
 * to document it that way). Excluding futureSprints() makes the search right under either reading.
 */
const ACTIVE_SPRINT_CLAUSE = 'sprint in openSprints() AND sprint not in futureSprints()';

/** The schema of Jira Software's Sprint field. */
export const SPRINT_FIELD_SCHEMA = 'com.pyxis.greenhopper.jira:gh-sprint';

/** An active sprint: Jira's dates are instants (ISO 8601 with an offset). */
export interface Sprint {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
}

/** What the source's issues say about the active sprint. */
type SprintFinding =
  | { found: 'one'; sprint: Sprint }
  /** No issue of the source is in an active sprint. */
  | { found: 'none' }
  /** The issues are in more than one active sprint (the names of two of them). */
  | { found: 'several'; names: string[] }
  /** The site has no Sprint field (no Jira Software). */
  | { found: 'no-field' };

/** The id of the Sprint field (the first when a site has several), or null. Shared in flight like any read. */
function sprintFieldId(reads: Reads): Promise<string | null> {
  return reads.get({ read: 'sprintField' }, async () => {
    const ids = (await reads.client.fields())
      .filter((f) => f.schema?.custom === SPRINT_FIELD_SCHEMA && typeof f.id === 'string')
      .map((f) => f.id);
    return ids.sort()[0] ?? null;
  });
}

/** The active sprint among an issue's Sprint field values, if it has one with usable dates. */
export function activeSprintOf(values: unknown): Sprint | undefined {
  return sprintOf(values, (v) => typeof v.state === 'string' && v.state.toLowerCase() === 'active');
}

/** The sprint `id` among an issue's Sprint field values (any state: it may have ended), if its dates are usable. */
function sprintWithId(values: unknown, id: number): Sprint | undefined {
  return sprintOf(values, (v) => v.id === id);
}

function sprintOf(values: unknown, wanted: (v: Record<string, unknown>) => boolean): Sprint | undefined {
  if (!Array.isArray(values)) return undefined;
  for (const v of values) {
    if (!isRecord(v) || !wanted(v)) continue;
    const { id, name, startDate, endDate } = v;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || typeof name !== 'string') continue;
    if (typeof startDate !== 'string' || typeof endDate !== 'string' || !(Date.parse(endDate) > Date.parse(startDate))) continue;
    return { id, name, startDate, endDate };
  }
  return undefined;
}

/** The active sprint the issues of `sourceJql` share, or why there is none. Shared in flight per source. */
export async function findActiveSprint(reads: Reads, sourceJql: string): Promise<SprintFinding> {
  const field = await sprintFieldId(reads);
  if (field === null) return { found: 'no-field' };
  return reads.get({ read: 'activeSprint', jql: sourceJql, field }, async (): Promise<SprintFinding> => {
    const inOpen = guard(() => andJql(sourceJql, ACTIVE_SPRINT_CLAUSE));
    const first = await reads.client.searchPage(inOpen, [field], 1);
    const sprint = activeSprintOf(first.issues[0]?.fields?.[field]);
    if (!sprint) return { found: 'none' };
    const other = await reads.client.searchPage(
      guard(() => andJql(inOpen, `sprint != ${sprint.id}`)),
      [field],
      1,
    );
    if (other.issues.length === 0) return { found: 'one', sprint };
    const second = activeSprintOf(other.issues[0]?.fields?.[field]);
    return { found: 'several', names: [sprint.name, ...(second ? [second.name] : [])] };
  });
}

/** The source's issues in the sprint `id`: the JQL of a gadget whose sprint was picked. */
export function inSprint(sourceJql: string, id: number): string {
  return guard(() => andJql(sourceJql, `sprint = ${id}`));
}

/** The sprint `id` as the source's issues name it (its dates), or null when none of them is in it. Cached per source. */
export async function findSprint(reads: Reads, sourceJql: string, id: number): Promise<Sprint | null | 'no-field'> {
  const field = await sprintFieldId(reads);
  if (field === null) return 'no-field';
  return reads.get({ read: 'sprint', jql: sourceJql, field, id }, async () => {
    const page = await reads.client.searchPage(inSprint(sourceJql, id), [field], 1);
    return sprintWithId(page.issues[0]?.fields?.[field], id) ?? null;
  });
}

/** Most active sprints listed for the form's sprint picker (one search each, so bounded). */
const MAX_LISTED_SPRINTS = 12;

/**
 * The active sprints the source's issues are in, for the form's picker: one issue per search, each
 * excluding the sprints already found (`sprint not in (…)`), until none is left or the list is full.
 */
export async function activeSprints(reads: Reads, sourceJql: string): Promise<Sprint[] | 'no-field'> {
  const field = await sprintFieldId(reads);
  if (field === null) return 'no-field';
  const found: Sprint[] = [];
  const inOpen = guard(() => andJql(sourceJql, ACTIVE_SPRINT_CLAUSE));
  while (found.length < MAX_LISTED_SPRINTS) {
    const jql = found.length === 0 ? inOpen : guard(() => andJql(inOpen, `sprint not in (${found.map((s) => s.id).join(', ')})`));
    const page = await reads.client.searchPage(jql, [field], 1);
    const sprint = activeSprintOf(page.issues[0]?.fields?.[field]);
    if (!sprint || found.some((s) => s.id === sprint.id)) break;
    found.push(sprint);
  }
  return found;
}
