import { logNormalDraw } from './draws';
import type { Rng } from './rng';

/**
 * `count` heavy-tailed (log-normal) delegations in whole ada, at least 1 ada each, summing to
 * exactly `totalAda`: drawn, scaled to the total, floored, and the remainder handed out 1 ada at
 * a time from the first delegator on. Needs `totalAda` ≥ `count`.
 *
 * No delegation exceeds `maxAda` (when `count` whole-ada delegations of at most `maxAda` can hold
 * the total): the draws are clipped at the level that scales to the cap, the others scaled up to
 * keep the total, as a holder with more spreads it over several stake keys.
 */
export function createStakes(
	count: number,
	totalAda: number,
	logSpread: number,
	rng: Rng,
	maxAda = Infinity
) {
	const stake = new Float64Array(count);
	if (count === 0) return stake;
	const draw = logNormalDraw(rng, 0, logSpread);
	for (let d = 0; d < count; d++) stake[d] = draw();
	const spare = Math.max(0, totalAda - count);
	const whole = Math.floor(maxAda);
	const max = whole * count >= totalAda ? whole : Infinity;
	// Fixed point of clip = (max − 1) · (sum of the clipped draws) / spare, approached from above.
	let clip = Infinity;
	let drawn = 0;
	for (let round = 0; round < 64; round++) {
		drawn = 0;
		for (let d = 0; d < count; d++) drawn += Math.min(stake[d], clip);
		const next = max === Infinity ? Infinity : ((max - 1) / spare) * drawn;
		if (!(next < clip)) break;
		clip = next;
	}
	let assigned = 0;
	for (let d = 0; d < count; d++) {
		stake[d] = Math.min(max, 1 + Math.floor((Math.min(stake[d], clip) / drawn) * spare));
		assigned += stake[d];
	}
	let remainder = handOutRemainder(stake, totalAda - assigned, max);
	for (let d = 0; remainder < 0; d = (d + 1) % count) {
		if (stake[d] > 1) {
			stake[d] -= 1;
			remainder++;
		}
	}
	return stake;
}

/**
 * Hands `remainder` ada out 1 at a time, round after round from the first delegation on, to each
 * delegation under `max`; returns what could not be placed (a negative remainder is returned as it
 * is). The rounds that reach every open delegation are done in bulk: near the cap the fixed point
 * above can leave millions of ada over a few delegations (1.3 s for 7 of them, one ada a step).
 */
export function handOutRemainder(stake: Float64Array, remainder: number, max: number): number {
	for (;;) {
		let open = 0;
		let room = Infinity;
		for (const x of stake)
			if (x < max) {
				open++;
				room = Math.min(room, max - x);
			}
		if (open === 0) return remainder;
		const rounds = Math.min(Math.floor(remainder / open), room);
		if (!(rounds > 0)) break;
		for (let d = 0; d < stake.length; d++) if (stake[d] < max) stake[d] += rounds;
		remainder -= rounds * open;
	}
	// The last round, which runs out before it reaches every open delegation.
	for (let d = 0; d < stake.length && remainder > 0; d++)
		if (stake[d] < max) {
			stake[d] += 1;
			remainder--;
		}
	return remainder;
}
