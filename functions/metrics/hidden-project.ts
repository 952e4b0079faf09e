/**
 * A project the viewer cannot see. Jira answers a search on a project the user lacks "Browse
 * projects" on exactly as on one that does not exist: HTTP 400, "The value 'SEC' does not exist for
 * the field 'project'." (Jira Cloud REST v3 issue search, 400 "if the JQL query is invalid":
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/). When the
 * source is a project preset, Glance wrote that JQL itself, so the card names the project instead of
 * "Jira could not run this query", and the form marks the project field.
 */
import type { GadgetConfig, Source } from '../config/types';
import { JiraError } from '../jira/errors';
import { GlanceError, said } from '../errors';

/** Every source of a configuration with the dotted path of its settings (config/validate.ts's paths). */
function sourcesOf(config: GadgetConfig): { source: Source; path: string }[] {
  const all = [{ source: config.source, path: 'source' }];
  if (config.kind === 'counter' && config.compare) all.push({ source: config.compare.source, path: 'compare.source' });
  if (config.metric.type === 'formula')
    config.metric.variables.forEach((v, i) => all.push({ source: v.source, path: `metric.variables.${i}.source` }));
  return all;
}

/**
 * The failure to show instead of `error` when Jira refused the JQL of a project preset because of
 * its project: Jira's words (in whatever language the user's Jira speaks) quote the key, so a key
 * standing alone in them is taken as the cause. Undefined for any other failure.
 */
export function hiddenProject(error: unknown, config: GadgetConfig): GlanceError | undefined {
  if (!(error instanceof JiraError) || error.code !== 'INVALID_JQL') return undefined;
  const words = (error.details.jiraMessages ?? []).join(' ');
  for (const { source, path } of sourcesOf(config)) {
    if (source.type !== 'project') continue;
    // Keys are [A-Z][A-Z0-9_]* (config/metric.ts): no regular-expression characters to escape.
    if (new RegExp(`(^|[^A-Za-z0-9_])${source.projectKey}($|[^A-Za-z0-9_])`).test(words)) {
      const headline = said('status.projectHidden', { project: source.projectKey });
      return new GlanceError('NOT_FOUND', said('status.projectHiddenDetail'), { path: `${path}.projectKey`, headline });
    }
  }
  return undefined;
}
