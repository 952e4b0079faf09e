// One test process for test/browser/*.test.ts (Chromium, test/browser/harness.ts), two files at a
// time: they mostly wait on the browser and on timers. test/helpers/groups.ts.
// struggle.test.ts first: it spends ~40 s waiting on the product's own time limits (a hanging Jira,
// Retry-After) with little CPU, so it waits while the other files work rather than after them.
import { runGroup } from '../helpers/groups';

await runGroup('browser', { concurrency: 2, first: ['test/browser/struggle.test.ts'] });
