// One test process for test/export/*.test.ts but the Chromium ones: test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('export');
