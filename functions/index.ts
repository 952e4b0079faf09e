/** Forge entry point: only wiring. The resolvers live in app.ts. */
import { defineResolvers } from './app';
import { forgeTransportFor } from './jira/forge-transport';
import { Resolver } from './resolver';

const resolver = new Resolver();
defineResolvers(resolver, { transportFor: forgeTransportFor });
export const handler = resolver.getDefinitions();
