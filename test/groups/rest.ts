// One test process for the test files no other group takes (folders without an entry here): test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('rest');
