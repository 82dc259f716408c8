/**
 * Benchmark: the `mainnet` preset (3,000 pools, 1.31 M delegators) for 20 epochs (wall clock,
 * mean per epoch), against one linear pass over the same delegator arrays summing stake per pool
 * (the memory-bound floor; fastest of 20 passes). Prints one JSON line, with the CPU time per
 * epoch beside the wall-clock time (steadier on a shared machine), and the moves made in the 20
 * epochs (1,176,509 at seed 1: speed work must leave them alone); peak RSS from
 * `process.resourceUsage()`. Run: npm run bench (node --expose-gc, to start both timings clean).
 */
import { createState } from '../src/lib/sim/createState';
import { presets } from '../src/lib/sim/presets';
import { createRng } from '../src/lib/sim/rng';
import { step } from '../src/lib/sim/step';

const epochs = 20;
const passes = 20;
const params = presets.mainnet;
const rng = createRng(params.seed);
const state = createState(params, rng);
const collect = (globalThis as { gc?: () => void }).gc;

function sumPerPool(stake: Float64Array, pool: Int32Array, out: Float64Array): void {
	out.fill(0);
	for (let d = 0; d < stake.length; d++) out[pool[d]] += stake[d];
}

const perPool = new Float64Array(params.pools);
sumPerPool(state.stake, state.pool, perPool);
collect?.();
let passMs = Infinity;
for (let i = 0; i < passes; i++) {
	const t = performance.now();
	sumPerPool(state.stake, state.pool, perPool);
	passMs = Math.min(passMs, performance.now() - t);
}

collect?.();
const cpu = process.cpuUsage();
const t = performance.now();
let moves = 0;
for (let epoch = 0; epoch < epochs; epoch++) moves += step(state, params, rng).moves;
const epochMs = (performance.now() - t) / epochs;
const used = process.cpuUsage(cpu);
// CPU time is steadier than wall-clock time on a machine shared with other work.
const cpuMsPerEpoch = (used.user + used.system) / 1000 / epochs;

const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(
	JSON.stringify({
		pools: params.pools,
		delegators: params.delegators,
		moves,
		msPerEpoch: round(epochMs),
		cpuMsPerEpoch: round(cpuMsPerEpoch),
		msPerPass: round(passMs),
		ratio: round(epochMs / passMs),
		peakRssMB: round(process.resourceUsage().maxRSS / 1024)
	})
);
