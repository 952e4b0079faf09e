// One test process for test/functions/*.test.ts but the Chromium ones: test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('functions');
