// One test process for the test files no other group takes (the folders without an entry here:
// render, static, architecture, i18n, demo-jira, …): test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('rest');
