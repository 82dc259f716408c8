/**
 * Runs the delegation simulation and prints its per-epoch metrics.
 *   npm run sim -- --preset small --start whale --pools 200 --delegators 50000 --k 100 --epochs 300 --seed 7 --json
 * A bad flag or value prints what is wrong and exits with status 2.
 */
import { historyCsv } from '../src/lib/sim/historyCsv';
import { parseSimArgs, simUsage } from '../src/lib/sim/parseSimArgs';
import { runSimulation } from '../src/lib/sim/runSimulation';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
});

const parsed = parseSimArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
	console.log(simUsage);
} else if (!parsed.ok) {
	console.error(`sim: ${parsed.error}\n${simUsage}`);
	process.exitCode = 2;
} else {
	const { history } = runSimulation(parsed.params);
	const out =
		parsed.format === 'csv'
			? historyCsv(history)
			: JSON.stringify({ params: parsed.params, epochs: history }) + '\n';
	process.stdout.write(out);
}
