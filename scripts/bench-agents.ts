/**
 * Benchmark of the pool-splitting game: converged runs at 1000 stakeholders, a0 = 0.3, k = 100 and
 * k = 500, engine seeds 1–3 each, after one warm-up game. Prints one JSON line with, per k, the mean
 * wall-clock and CPU milliseconds per converged run and per round (CPU time is this process's own,
 * so it holds up when other work shares the machine), and the load average while it ran.
 * Run: npm run bench (after scripts/bench.ts), or node --import tsx scripts/bench-agents.ts
 */
import { loadavg } from 'node:os';
import { playGame } from '../src/lib/operators/playGame';
import { defaultGameSettings } from '../src/lib/operators/settings';

const seeds = [1, 2, 3];
const round = (x: number) => Math.round(x * 10) / 10;

playGame({ ...defaultGameSettings, agents: 300, k: 30, seed: 99 });

const results = [100, 500].map((k) => {
	let wall = 0;
	let cpu = 0;
	let rounds = 0;
	let converged = 0;
	for (const seed of seeds) {
		const cpuStart = process.cpuUsage();
		const start = performance.now();
		const state = playGame({ ...defaultGameSettings, k, seed });
		wall += performance.now() - start;
		const used = process.cpuUsage(cpuStart);
		cpu += (used.user + used.system) / 1000;
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

console.log(
	JSON.stringify({
		bench: 'agents',
		agents: defaultGameSettings.agents,
		a0: defaultGameSettings.a0,
		results,
		loadAverage: round(loadavg()[0])
	})
);
