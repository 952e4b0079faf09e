// One test process for test/trust/*.test.ts but the Chromium ones: test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('trust');
