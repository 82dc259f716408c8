import { logNormalDraw } from './draws';
import type { Rng } from './rng';

/**
 * `count` heavy-tailed (log-normal) delegations in whole ada, at least 1 ada each, summing to
 * exactly `totalAda`: drawn, scaled to the total, floored, and the remainder handed out 1 ada at
 * a time from the first delegator on. Needs `totalAda` ≥ `count`.
 */
export function createStakes(count: number, totalAda: number, logSpread: number, rng: Rng) {
	const stake = new Float64Array(count);
	if (count === 0) return stake;
	const draw = logNormalDraw(rng, 0, logSpread);
	let drawn = 0;
	for (let d = 0; d < count; d++) drawn += stake[d] = draw();
	const spare = Math.max(0, totalAda - count);
	let assigned = 0;
	for (let d = 0; d < count; d++) {
		stake[d] = 1 + Math.floor((stake[d] / drawn) * spare);
		assigned += stake[d];
	}
	let remainder = totalAda - assigned;
	for (let d = 0; remainder > 0; d = (d + 1) % count, remainder--) stake[d] += 1;
	for (let d = 0; remainder < 0; d = (d + 1) % count) {
		if (stake[d] > 1) {
			stake[d] -= 1;
			remainder++;
		}
	}
	return stake;
}
