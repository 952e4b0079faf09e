#!/bin/sh
# What `npm test` (all) and `npm run test:quick` (--quick: without Chromium) run: the entries of
# test/groups/, each one Node process running a share of test/**/*.test.ts (test/helpers/groups.ts
# says which file goes where; a new test file joins its folder's group, or `rest`, by itself).
# The Chromium group comes first: it takes the longest wall time, mostly waiting on the browser, so it
# starts while the other groups fill the cores.
cd "$(dirname "$0")/.." || exit 1
rest=$(ls test/groups/*.ts | grep -v '/browser\.ts$')
if [ "$1" = "--quick" ]; then echo "$rest"; else echo test/groups/browser.ts "$rest"; fi
