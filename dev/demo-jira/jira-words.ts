/**
 * Jira Cloud's own words and error body, shared by the two Jira doubles (this demo Jira and
 * test/helpers/jira-double.ts) so a message Glance shows or matches is written once.
 *
 * The body shape `{errorMessages: string[], errors: {field: message}}` is Jira's ErrorCollection
 * (REST v3 reference, "ErrorCollection"); the messages are as Jira Cloud answers them.
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
