{
	"$schema": "./node_modules/@stryker-mutator/core/schema/stryker-schema.json",
	"testRunner": "vitest",
	"vitest": { "configFile": "vitest.stryker.config.ts" },
	"mutate": [
		"src/lib/model/**/*.ts",
		"src/lib/sim/**/*.ts",
		"src/lib/scenario/**/*.ts",
		"src/lib/charts/**/*.ts",
		"src/lib/charts/**/*.svelte",
		"src/lib/server/og/chartLayout.ts",
		"!**/*.test.ts",
		"!src/lib/model/params/**",
		"!src/lib/scenario/{leverage,rewards,punishment,calculator,migration,poolTermFields}.ts"
	],
	"coverageAnalysis": "perTest",
	"concurrency": 1,
	"incremental": true,
	"incrementalFile": "reports/mutation/incremental.json",
	"ignoreStatic": true,
	"reporters": ["clear-text", "progress", "html", "json"],
	"htmlReporter": { "fileName": "reports/mutation/index.html" },
	"jsonReporter": { "fileName": "reports/mutation/mutation.json" },
	"tempDirName": ".stryker-tmp",
	"cleanTempDir": "always",
	"thresholds": { "high": 95, "low": 85, "break": null }
}
