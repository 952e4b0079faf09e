// One test process for test/functions/*.test.ts and test/export/*.test.ts but the Chromium ones:
// test/helpers/groups.ts (JOINED).
import { runGroup } from '../helpers/groups';

await runGroup('functions');
