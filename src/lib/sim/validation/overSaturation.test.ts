import { describe, expect, it } from 'vitest';
import { handBuiltState, type HandPool } from '../handBuiltState';
import { paramsAt } from '../paramsAt';
import { rankPools } from '../rankPools';
import { overSaturation } from './overSaturation';

/**
 * T = 1,000 ada, R = 100 ada, a0 = 0: a pool of σ ada earns 100 · min(σ, z0)/1,000 (20 at
 * saturation for k = 5, 50 for k = 2, 100 for k = 1), so pool i (cost i) is ranked i. A member's
 * yield is (reward − cost)/stake.
 */
function check(
	k: number,
	pools: HandPool[],
	delegations: [number, number][],
	minGain = 0
): ReturnType<typeof overSaturation> {
	const { state, params } = handBuiltState(
		{ totalStakeAda: 1000, rewardPotAda: 100, k, a0: 0 },
		pools.map((p, i) => ({ cost: i, ...p })),
		delegations
	);
	const e = paramsAt(params, 0);
	rankPools(state, e);
	return overSaturation(state, e, minGain);
}

describe('overSaturation', () => {
	it('sorts out the pools whose pledge alone is over 1.02 × z0, and not one at exactly 1.02 × z0', () => {
		// k = 2, z0 = 500, limit 510. Pool 0: pledge 600 + 10 → over, by pledge. Pool 1: pledge
		// 510, no delegations → 510 is not over. Pool 2 (ranked 2: not top): pledge 510 + 5 = 515 →
		// over, but its pledge is not above 510; its member's own yield (48/515) is beaten by no top
		// pool with room (pools 0 and 1 have none), so it is over by desirability.
		expect(
			check(
				2,
				[{ pledge: 600 }, { pledge: 510 }, { pledge: 510 }],
				[
					[10, 0],
					[5, 2]
				]
			)
		).toEqual({ over: 2, byPledge: 1, byDesirability: 1, unexplained: 0, wouldMove: 0 });
	});

	it('a member who would gain by moving to a top pool with room is unexplained', () => {
		// k = 2, z0 = 500, limit 510. Pool 0 holds 400 + 200 = 600: over. Its smallest member (200)
		// earns 50/600 = 0.0833 there; pool 1 (top, 300 held: room 200, exactly enough) pays
		// 49/500 = 0.098 at saturation: it would move. Pool 1's member (300) earns 0.098 valued at
		// saturation; pool 0 has no room, pool 2 is not top: it stays, and pool 1 is not over.
		expect(
			check(
				2,
				[{}, {}, {}],
				[
					[400, 0],
					[200, 0],
					[300, 1]
				]
			)
		).toEqual({ over: 1, byPledge: 0, byDesirability: 0, unexplained: 1, wouldMove: 1 });
	});

	it('pools ranked k or below are no destination: the only top pool stays over by desirability', () => {
		// k = 1, z0 = 1,000. Pool 0 holds 1,100 + 900 = 2,000: its member of 900 earns 100/2,000 =
		// 0.05. Pool 1 (ranked 1 = k) would pay 90/1,000 = 0.09 but is not in the top k.
		expect(
			check(
				1,
				[{}, {}],
				[
					[1100, 0],
					[900, 0]
				]
			)
		).toEqual({ over: 1, byPledge: 0, byDesirability: 1, unexplained: 0, wouldMove: 0 });
	});

	it('a member does not move for a gain of exactly minGain (here 0: an equal yield)', () => {
		// k = 2, z0 = 500, pools 0 and 1 both cost 0. The member of 100 in pool 0 is valued at
		// saturation: 50/500 = 0.1, and pool 1 pays 0.1 at saturation too.
		expect(check(2, [{ cost: 0 }, { cost: 0 }], [[100, 0]])).toEqual({
			over: 0,
			byPledge: 0,
			byDesirability: 0,
			unexplained: 0,
			wouldMove: 0
		});
	});
});
