/**
 * An empty Forge function: Forge's Custom UI template resolver (@forge/resolver, one definition that
 * returns at once, no Jira call). The floor of a function's cold start (bench/cold-start.bench.ts).
 */
import { Resolver } from '../../functions/resolver';

const resolver = new Resolver();
resolver.define('render', async () => ({}));
export const handler = resolver.getDefinitions();
