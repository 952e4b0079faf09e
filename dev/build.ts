/**
 * `npm run build`: bundles the Forge functions into dist/ and the Custom UI views into static/<name>/dist.
 */
import { buildFunctions } from './build-functions';
import { buildStatic } from './build-static';

await buildFunctions();
await buildStatic();
