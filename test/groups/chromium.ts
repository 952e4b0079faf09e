// One test process for the files outside test/browser/ that drive Chromium (use test/browser/harness.ts):
// export pictures and trust flows, two at a time. test/helpers/groups.ts.
import { runGroup } from '../helpers/groups';

await runGroup('chromium', { concurrency: 2 });
