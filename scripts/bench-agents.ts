/**
 * Benchmark of the pool-splitting game: converged runs at 1000 stakeholders, a0 = 0.3, k = 100 and
 * k = 500, engine seeds 1–3 each, after one warm-up game; then the widget's slowest corner, a game
 * that never settles (k = 500, a0 = 0.001, seed 1) played to the widget's 400-round cap. Prints one
 * JSON line with, per k, the mean wall-clock and CPU milliseconds per run and per round (CPU time is
 * this process's own, so it holds up when other work shares the machine), and the load average.
 * Run: npm run bench (after scripts/bench.ts), or node --import tsx scripts/bench-agents.ts
 */
import { loadavg } from 'node:os';
import { playGame } from '../src/lib/operators/playGame';
import { defaultGameSettings, type GameSettings } from '../src/lib/operators/settings';

const seeds = [1, 2, 3];
const round = (x: number) => Math.round(x * 10) / 10;

playGame({ ...defaultGameSettings, agents: 300, k: 30, seed: 99 });

function measure(settings: GameSettings) {
	const cpuStart = process.cpuUsage();
	const start = performance.now();
	const state = playGame(settings);
	const wall = performance.now() - start;
	const used = process.cpuUsage(cpuStart);
	return { state, wall, cpu: (used.user + used.system) / 1000 };
}

const results = [100, 500].map((k) => {
	let wall = 0;
	let cpu = 0;
	let rounds = 0;
	let converged = 0;
	for (const seed of seeds) {
		const run = measure({ ...defaultGameSettings, k, seed });
		const { state } = run;
		wall += run.wall;
		cpu += run.cpu;
		rounds += state.rounds;
		if (state.status === 'converged') converged++;
	}
	return {
		k,
		runs: seeds.length,
		converged,
		msPerRun: round(wall / seeds.length),
		cpuMsPerRun: round(cpu / seeds.length),
		msPerRound: round(wall / rounds),
		cpuMsPerRound: round(cpu / rounds),
		roundsPerRun: round(rounds / seeds.length)
	};
});

const unsettled = measure({ ...defaultGameSettings, k: 500, a0: 0.001, seed: 1, maxRounds: 400 });

console.log(
	JSON.stringify({
		bench: 'agents',
		agents: defaultGameSettings.agents,
		a0: defaultGameSettings.a0,
		results,
		unsettled: {
			k: 500,
			a0: 0.001,
			status: unsettled.state.status,
			rounds: unsettled.state.rounds,
			ms: round(unsettled.wall),
			cpuMs: round(unsettled.cpu),
			cpuMsPerRound: round(unsettled.cpu / unsettled.state.rounds)
		},
		loadAverage: round(loadavg()[0])
	})
);
