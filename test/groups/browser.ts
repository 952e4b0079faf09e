// One test process for test/browser/*.test.ts (Chromium, test/browser/harness.ts), two files at a
// time: they mostly wait on the browser and on timers. test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('browser', { concurrency: 2 });
