#!/bin/sh
# npm test: every step runs even when an earlier one fails, so one run shows every problem; the
# last line is always "N passed, M failed" over the unit, browser and static-build tests. Exit
# status is 1 if any step failed (failed steps, the type check and lint too, are named above it).
rm -rf reports
failed=''
npm run test:unit || failed="$failed test:unit"
npm run test:e2e || failed="$failed test:e2e"
npm run test:static || failed="$failed test:static"
npm run check || failed="$failed check"
npm run lint || failed="$failed lint"
[ -n "$failed" ] && echo "failed steps:$failed"
node scripts/test-summary.js
[ -z "$failed" ]
