// One test process for every file that drives Chromium (uses test/browser/harness.ts): test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('browser');
