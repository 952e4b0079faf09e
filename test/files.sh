#!/bin/sh
# What `npm test` (all) and `npm run test:quick` (--quick: without Chromium) run: the entries of
# test/groups/, each one Node process running a share of test/**/*.test.ts (test/helpers/groups.ts
# says which file goes where; a new test file joins its folder's group, or `rest`, by itself).
# The costliest first, so that none trails at the end: the Chromium groups (the longest wall time,
# mostly waiting on the browser), then the groups by CPU seconds (docs/testing.md), then the others.
cd "$(dirname "$0")/.." || exit 1
first="functions rest trust"
groups=""
for g in $first; do [ -f "test/groups/$g.ts" ] && groups="$groups test/groups/$g.ts"; done
for f in test/groups/*.ts; do
  g=$(basename "$f" .ts)
  case " browser chromium $first " in *" $g "*) ;; *) groups="$groups $f" ;; esac
done
if [ "$1" = "--quick" ]; then echo $groups; else echo test/groups/browser.ts test/groups/chromium.ts $groups; fi
