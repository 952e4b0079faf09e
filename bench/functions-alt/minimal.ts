/**
 * The smallest Forge resolver that reads a count as the user: @forge/api + @forge/resolver and one
 * Jira call, nothing else. A baseline for the function bundle's size and cold start (bench/run-all.ts).
 */
import api, { route } from '@forge/api';
import { Resolver } from '../../functions/resolver';

const resolver = new Resolver();
resolver.define('render', async () => {
  const response = await api.asUser().requestJira(route`/rest/api/3/search/approximate-count`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jql: 'project = GLANCE' }),
  });
  return { value: ((await response.json()) as { count: number }).count };
});
export const handler = resolver.getDefinitions();
