/** Forge entry point: only wiring. The resolvers live in app.ts. */
import { defineResolvers } from './app';
import { forgeTransportFor } from './jira/forge-transport';
import { Resolver } from './resolver';

// eslint-disable-next-line no-restricted-syntax -- the resolver definitions: no Jira data
const resolver = new Resolver();
defineResolvers(resolver, { transportFor: forgeTransportFor });
export const handler = resolver.getDefinitions();
