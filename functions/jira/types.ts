/** The parts of Jira Cloud REST v3 response shapes that Glance reads. */

/** POST /rest/api/3/search/approximate-count */
export interface CountResponse {
  count: number;
}

/** POST /rest/api/3/search/jql (enhanced search): `nextPageToken` is absent on the last page. */
export interface SearchPage {
  issues: { id: string; key?: string; fields?: Record<string, unknown> }[];
  nextPageToken?: string | null;
  isLast?: boolean;
}

/**
 * GET /rest/api/3/filter/{id}, items of /filter/search. `jql` and `owner` come with filter/{id}; filter/search
 * gives them only when asked with `expand=jql,owner` (Jira Cloud REST v3, Search for filters: "expand … `jql`
 * Returns the JQL query that the filter uses. `owner` Returns the owner of the filter.";
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-filters/#api-rest-api-3-filter-search-get).
 */
export interface Filter {
  id: string;
  name: string;
  jql?: string;
  /** The filter's owner (a User); `displayName` as Jira shows it. */
  owner?: { accountId?: string; displayName?: string } | null;
}

/** GET /rest/api/3/version/{id}: dates are yyyy-mm-dd and absent when not set. */
export interface Version {
  id: string;
  name: string;
  startDate?: string;
  releaseDate?: string;
  released?: boolean;
  archived?: boolean;
}

/** POST /rest/api/3/jql/parse */
export interface ParseResponse {
  queries: { query: string; errors?: string[]; structure?: unknown }[];
}

/** GET /rest/api/3/field */
export interface Field {
  id: string;
  key?: string;
  name: string;
  custom?: boolean;
  schema?: { type?: string; custom?: string; system?: string };
}

/** GET /rest/api/3/project/search */
export interface Project {
  id: string;
  key: string;
  name: string;
}

/** Jira's paged list shape (`/project/search`, `/filter/search`). */
export interface Page<T> {
  values: T[];
  isLast?: boolean;
  total?: number;
  startAt?: number;
  maxResults?: number;
}
