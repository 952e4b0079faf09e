/**
 * Jira Cloud's response shapes and words, shared by the two Jira doubles (this demo Jira and
 * test/helpers/jira-double.ts) so each shape Glance reads, and each message it shows or matches, is
 * written once. Shapes from the REST v3 reference: ErrorCollection, the PageBean of
 * GET /rest/api/3/project/search and /filter/search, the answer of POST /rest/api/3/search/jql, and a
 * filter's links; the messages as Jira Cloud answers them.
 */

/** Jira's error body. */
export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

/** Jira's error body with these messages and no field errors. */
export function errorBody(messages: readonly string[]): JiraErrorBody {
  return { errorMessages: [...messages], errors: {} };
}

/** An unbounded query on search/jql or search/approximate-count (400). */
export const UNBOUNDED_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/**
 * GET/POST /rest/api/{2,3}/search since its removal (410; Atlassian changelog CHANGE-2046, "Removal of
 * the Jira Cloud search APIs").
 */
export const REMOVED_SEARCH_MESSAGE =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. ' +
  'A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

/** GET /rest/api/3/filter/{id} of a filter that does not exist or is not shared with the user (400, not 404). */
export const FILTER_NOT_AVAILABLE_MESSAGE =
  'The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.';

/** A request body or parameter of the wrong type (400). */
export const INVALID_PAYLOAD_MESSAGE = 'Invalid request payload. Refer to the REST API documentation and try again.';

/** A request without credentials (401). */
export const NOT_AUTHENTICATED_MESSAGE = 'Client must be authenticated to access this resource.';

/** A page of GET /rest/api/3/project/search or /filter/search (PageBean): `nextPage` only when there is one. */
export function pageBean<T>(page: {
  self: string;
  startAt: number;
  maxResults: number;
  all: readonly T[];
  nextPage?: string;
}): Record<string, unknown> {
  const values = page.all.slice(page.startAt, page.startAt + page.maxResults);
  const isLast = page.startAt + page.maxResults >= page.all.length;
  return {
    self: page.self,
    ...(isLast || page.nextPage === undefined ? {} : { nextPage: page.nextPage }),
    maxResults: page.maxResults,
    startAt: page.startAt,
    total: page.all.length,
    isLast,
    values,
  };
}

/** A page of POST /rest/api/3/search/jql: the issues, and a token for the next page unless it is the last. */
export function searchPage(issues: readonly unknown[], nextPageToken: string | undefined): Record<string, unknown> {
  return nextPageToken === undefined ? { issues, isLast: true } : { issues, nextPageToken, isLast: false };
}

/** A saved filter's own links (self, its issue navigator view, its search). */
export function filterLinks(base: string, id: string, jql: string): { self: string; viewUrl: string; searchUrl: string } {
  return {
    self: `${base}/rest/api/3/filter/${id}`,
    viewUrl: `${base}/issues/?filter=${id}`,
    searchUrl: `${base}/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}`,
  };
}
