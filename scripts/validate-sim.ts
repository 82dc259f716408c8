/**
 * Checks the delegation simulation against the theory it implements and prints a table:
 *   npm run validate-sim                 (mainnet scale, seeds 1–3: several minutes)
 *   npm run validate-sim -- --size test  (300 pools: seconds; the same checks run in npm test)
 * Exits 1 when a judged case fails, 2 on a bad flag or value. Myopic rules are reported, not judged.
 */
import { parseValidateArgs, validateUsage } from '../src/lib/sim/validation/parseValidateArgs';
import { runCase } from '../src/lib/sim/validation/runCase';
import { validationCases } from '../src/lib/sim/validation/validationCases';
import { validationTable } from '../src/lib/sim/validation/validationTable';

const parsed = parseValidateArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
	console.log(validateUsage);
} else if (!parsed.ok) {
	console.error(`validate-sim: ${parsed.error}\n${validateUsage}`);
	process.exitCode = 2;
} else {
	const results = [];
	for (const c of validationCases(parsed.size, parsed.seeds)) {
		for (const seed of c.seeds) {
			const started = performance.now();
			results.push(runCase(c, seed));
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			console.error(`${c.id}, seed ${seed}: ${seconds} s`);
		}
	}
	console.log(validationTable(results));
	const failed = results.filter((r) => r.failures.length > 0).length;
	console.log(failed === 0 ? `All ${results.length} runs pass.` : `${failed} runs fail.`);
	if (failed > 0) process.exitCode = 1;
}
