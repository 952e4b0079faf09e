/** Forge entry point: only wiring. The resolvers live in app.ts. */
import { defineResolvers } from './app.ts';
import { forgeTransportFor } from './jira/forge-transport.ts';
import { Resolver } from './resolver.ts';

const resolver = new Resolver();
defineResolvers(resolver, { transportFor: forgeTransportFor });
export const handler = resolver.getDefinitions();
