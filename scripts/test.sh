#!/bin/sh
# npm test: every step runs even when an earlier one fails, so one run shows every problem; the
# last line is always "N passed, M failed" over the unit, browser and static-build tests. Exit
# status is 1 if any step failed (failed steps, the type check and lint too, are named above it).
#
# Steps that do not touch each other's files run side by side, since each leaves a core idle for
# part of its time: the static build (in a copy of the sources) beside the server build and then the
# unit tests, then the type check and lint beside the browser tests.
# reports/mutation is kept: its incremental file saves hours of mutation testing.
find reports -mindepth 1 -maxdepth 1 ! -name mutation -exec rm -rf {} + 2>/dev/null
mkdir -p reports/logs
failed=''
started=$(date +%s)

# `step <name> <command>` runs a step with its output in reports/logs/<name>.log; `finish <name>`
# prints that log and records whether the step failed.
step() {
	name=$1
	shift
	"$@" >"reports/logs/$name.log" 2>&1
	echo $? >"reports/logs/$name.status"
	echo $(($(date +%s) - started)) >"reports/logs/$name.end"
}
finish() {
	echo "=== $1 (ended $(cat "reports/logs/$1.end") s after the start) ==="
	cat "reports/logs/$1.log"
	[ "$(cat "reports/logs/$1.status")" = 0 ] || failed="$failed $1"
}

sh scripts/ensure-chromium.sh || failed="$failed chromium"
npx svelte-kit sync

# The unit tests (through the SvelteKit plugin) rewrite .svelte-kit/generated, which the server build
# reads: run at once, they left the built pages unable to hydrate ("Cannot read properties of
# undefined (reading 'data')"). So the server build runs first, the unit tests after it, and the
# static build (in its own copy of the sources) beside both.
echo "the server build, then the unit tests, with the static build beside them"
step build:static npm run build:static &
step build npx vite build
step test:unit npx vitest run
wait
finish build
finish test:unit
finish build:static

echo "browser tests, with the type check and then lint beside them"
(step check npm run check; step lint npm run lint) &
npx playwright test || failed="$failed test:e2e"
echo "browser tests ended $(($(date +%s) - started)) s after the start"
npx playwright test -c playwright.static.config.ts || failed="$failed test:static"
wait
finish check
finish lint

[ -n "$failed" ] && echo "failed steps:$failed"
node scripts/test-summary.js
[ -z "$failed" ]
