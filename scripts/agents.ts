/**
 * Plays the pool-splitting game (stakeholders keep, delegate or run pools until nobody moves)
 * and prints the equilibrium, or says it did not converge within the round cap.
 *   npm run agents -- --agents 1000 --k 100 --a0 0.3 --seed 1 [--leverage-cap 10] [--json]
 * A bad flag or value prints what is wrong and exits with status 2.
 */
import { parseAgentsArgs, agentsUsage } from '../src/lib/operators/parseAgentsArgs';
import { playGame } from '../src/lib/operators/playGame';
import { summarise } from '../src/lib/operators/summarise';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
});

const parsed = parseAgentsArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
	console.log(agentsUsage);
} else if (!parsed.ok) {
	console.error(`agents: ${parsed.error}\n${agentsUsage}`);
	process.exitCode = 2;
} else {
	const { settings } = parsed;
	const summary = summarise(playGame(settings));
	if (parsed.json) {
		process.stdout.write(JSON.stringify({ settings, ...summary }) + '\n');
	} else {
		const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
		const outcome = summary.converged
			? `converged: nobody moved in the last ${settings.idleRoundsForEquilibrium} of ${summary.rounds} rounds`
			: `NOT CONVERGED: still moving after ${summary.rounds} rounds (the figures are the last state)`;
		const lines = [
			outcome,
			`pools ${summary.pools} run by ${summary.operators} operators (at most ${summary.maxPoolsPerOperator} each)`,
			`Nakamoto coefficient: ${summary.nakamoto} by operator, ${summary.nakamotoByPool} by pool (${summary.nakamotoOfStake} for the stake itself)`,
			`total pledge ${percent(summary.totalPledge)} of all stake; ${percent(summary.activeStake)} of the stake is in pools`,
			'',
			'operator  pools  own stake  pledge/pool  pool stake  lowest margin',
			...summary.operatorTable.map(
				(row) =>
					`${String(row.agent).padStart(8)}  ${String(row.pools).padStart(5)}  ${percent(row.stake).padStart(9)}  ` +
					`${percent(row.pledgePerPool).padStart(11)}  ${percent(row.poolStake).padStart(10)}  ${percent(row.margin).padStart(13)}`
			)
		];
		process.stdout.write(lines.join('\n') + '\n');
	}
}
