#!/bin/sh
# The test files for `npm test` (all) and `npm run test:quick` (--quick: without the Chromium files).
# The Chromium files (those using test/browser/harness.ts) come first: they take the longest wall
# time, mostly waiting on the browser, so they start while the other files fill the cores.
cd "$(dirname "$0")/.." || exit 1
all=$(find test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
chromium=$(grep -l "/harness'" $all)
rest=$(grep -L "/harness'" $all)
if [ "$1" = "--quick" ]; then echo "$rest"; else echo "$chromium" "$rest"; fi
