/**
 * `@forge/resolver` is CommonJS with `exports.default = Resolver`. Bundled (Forge's webpack) the
 * default import is the class; loaded as native ESM (tsx: tests, local preview) it is the module
 * object. This picks the class in both cases. Import Resolver from here, not from the package.
 */
import ResolverModule from '@forge/resolver';

type ResolverClass = typeof ResolverModule;

export const Resolver: ResolverClass = (ResolverModule as unknown as { default?: ResolverClass }).default ?? ResolverModule;
export type Resolver = InstanceType<ResolverClass>;
