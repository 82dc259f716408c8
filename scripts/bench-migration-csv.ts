// npm run bench:migration-csv: the server CPU a migration CSV costs for the mainnet-size model
// (1.31 M delegators) at a few epochs: computed (the first request for a canonical query) and
// answered from the cache (every later one). Prints wall and CPU milliseconds.
import { scenarioCsv } from '../src/lib/server/cache/scenarioCsv';
import { scenarioFromUrl } from '../src/lib/widgets/scenarioFromUrl';

async function measure(label: string, work: () => Promise<unknown>) {
	const cpu = process.cpuUsage();
	const started = performance.now();
	await work();
	const wall = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const ms = (n: number) => n.toFixed(1).padStart(8);
	console.log(
		`${label.padEnd(60)} wall ${ms(wall)} ms   cpu ${ms((used.user + used.system) / 1000)} ms`
	);
}

for (const epoch of [0, 10, 50, 200]) {
	const found = scenarioFromUrl(
		'migration',
		new URLSearchParams(`v=1&preset=mainnet&start=mainnet&epoch=${epoch}`)
	);
	if (!found) throw new Error('no migration widget');
	await measure(`first  ${found.query}`, () => scenarioCsv(found));
	await measure(`cached ${found.query}`, () => scenarioCsv(found));
}
