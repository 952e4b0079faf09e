/** Turns a configured source into the JQL restriction it stands for. */
import type { ProjectPreset, Source } from '../config/types';
import type { JiraClient } from '../jira/client';
import { andJql, JqlCompositionError, quoteJqlValue, restrictionOf } from '../jql/compose';
import { GlanceError, said } from '../errors';

/** The clause each project preset adds to `project = "KEY"`. */
const PROJECT_PRESET_CLAUSES: Record<ProjectPreset, string | null> = {
  all: null,
  open: 'statusCategory != Done',
  'open-bugs': 'issuetype = Bug AND statusCategory != Done',
  'created-7d': 'created >= -7d',
  'resolved-7d': 'resolved >= -7d',
};

/**
 * The bounded JQL restriction (no ORDER BY) of a source. A saved filter is read as the user, so a
 * filter they cannot see fails with NOT_FOUND; unusable JQL fails with INVALID_JQL.
 */
export async function sourceJql(client: JiraClient, source: Source): Promise<string> {
  switch (source.type) {
    case 'jql':
      return guard(() => restrictionOf(source.jql));
    case 'filter':
      return (await savedFilter(client, source.filterId)).jql;
    case 'project': {
      const projectClause = `project = ${quoteJqlValue(source.projectKey)}`;
      const preset = PROJECT_PRESET_CLAUSES[source.preset ?? 'all'];
      return preset === null ? projectClause : andJql(projectClause, preset);
    }
  }
}

/** A saved filter as the user sees it: its bounded JQL restriction and its name. */
export interface SavedFilter {
  jql: string;
  name: string;
}

/**
 * Reads saved filter `id` as the user (GET /rest/api/3/filter/{id}): a filter they cannot see fails
 * with NOT_FOUND, unusable JQL with INVALID_JQL naming the filter.
 */
export async function savedFilter(client: JiraClient, id: string): Promise<SavedFilter> {
  const filter = await client.filter(id);
  return { jql: guard(() => restrictionOf(filter.jql ?? '', `The saved filter "${filter.name}"`), filter.name), name: filter.name };
}

/**
 * Runs a composition step, turning a JQL problem into an INVALID_JQL failure worded from the
 * catalogue (naming the saved filter `filterName` when the JQL is one's).
 */
export function guard<T>(step: () => T, filterName?: string): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof JqlCompositionError) throw compositionFailure(error, filterName);
    throw error;
  }
}

function compositionFailure(error: JqlCompositionError, filterName: string | undefined): GlanceError {
  if (error.problem === 'unbounded') {
    return filterName === undefined
      ? new GlanceError('INVALID_JQL', said('jql.unbounded'))
      : new GlanceError('INVALID_JQL', said('jql.filterUnbounded', { name: filterName }));
  }
  const errors = error.jqlErrors.join('; ');
  return filterName === undefined
    ? new GlanceError('INVALID_JQL', said('jql.invalid', { errors }))
    : new GlanceError('INVALID_JQL', said('jql.filterInvalid', { name: filterName, errors }));
}
