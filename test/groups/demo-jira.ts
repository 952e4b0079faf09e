// One test process for test/demo-jira/*.test.ts but the Chromium ones: test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('demo-jira');
