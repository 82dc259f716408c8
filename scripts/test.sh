#!/bin/sh
# npm test: every step runs even when an earlier one fails, so one run shows every problem; the
# last line is always "N passed, M failed" over the unit, browser and static-build tests. Exit
# status is 1 if any step failed (failed steps, the type check and lint too, are named above it).
#
# The browser tests take longest, so they start as soon as the server build is done, and every
# other step runs beside them: lint and the static build (in a copy of the sources) from the start,
# then the static build's browser tests, the unit tests and the type check. (Run at a lower
# priority with nice, those steps took longer than the time they left the browser tests, and a
# unit test passed its 5 s limit.)
# reports/mutation is kept: its incremental file saves hours of mutation testing.
find reports -mindepth 1 -maxdepth 1 ! -name mutation -exec rm -rf {} + 2>/dev/null
mkdir -p reports/logs
failed=''
started=$(date +%s)
# The project's own tools by path, not through npx or npm run: each of those starts npm first, and
# npm run check ran svelte-kit sync again (the check step alone took 20 core-seconds against 15).
PATH="$PWD/node_modules/.bin:$PATH"

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
# Both builds without their brotli and gzip copies (svelte.config.js): no test reads them.
export PRECOMPRESS=0

# The unit tests (through the SvelteKit plugin) rewrite .svelte-kit/generated, which the server build
# reads: run at once, they left the built pages unable to hydrate ("Cannot read properties of
# undefined (reading 'data')"). So they start once the server build is done, and the type check
# after them: it reads the types the server build wrote into .svelte-kit, as svelte-kit sync does,
# which the unit tests would be rewriting.
echo "the server build, with lint and the static build beside it"
(
	step build:static node scripts/build-static.js
	step test:static playwright test -c playwright.static.config.ts
) &
step lint npm run lint &
step build vite build
finish build

echo "browser tests, with the unit tests, the type check and the rest beside them"
(
	step test:unit vitest run
	step check node scripts/check.js
) &
playwright test || failed="$failed test:e2e"
echo "the site's browser tests ended $(($(date +%s) - started)) s after the start"
wait
finish test:unit
finish check
finish lint
finish build:static
finish test:static

[ -n "$failed" ] && echo "failed steps:$failed"
node scripts/test-summary.js
[ -z "$failed" ]
