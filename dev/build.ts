/**
 * `npm run build`: bundles the Forge functions into dist/ and the Custom UI views into static/<name>/dist.
 */
import { buildFunctions } from './build-functions.ts';
import { buildStatic } from './build-static.ts';

await buildFunctions();
await buildStatic();
