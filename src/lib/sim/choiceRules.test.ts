import { describe, expect, it } from 'vitest';
import { scriptedRng } from '../../../tests/support/scriptedRng';
import { handBuiltState, type HandPool } from './handBuiltState';
import { moveMovers } from './moveMovers';
import { paramsAt } from './paramsAt';
import { rankPools } from './rankPools';
import { redelegate } from './redelegate';
import { createRng, type Rng } from './rng';
import type { InformationModel, SimParams } from './simParams';

/**
 * Hand-worked worlds: total stake T = 1,000 ada, R = 100 ada, a0 = 0, so a pool of σ ada up to the
 * saturation point z0 = T/k earns σ/10 ada, a saturated pool z0/10, its desirability is
 * (z0/10 − cost)(1 − margin), and a pool paying f to σ ada gives each member (f − cost)(1 − margin)/σ
 * per ada (0 when f ≤ cost).
 */
const worldK = (k: number): Partial<SimParams> => ({
	totalStakeAda: 1000,
	rewardPotAda: 100,
	k,
	a0: 0
});

/**
 * Runs the mover loop for delegators 0…n − 1 under `information` (and any overrides). All hold
 * less than 1,024 ada, one stake class, so they choose one after another in index order, each
 * seeing the moves of those before. Returns the pools they end in and how many moves were counted.
 */
function moveEach(
	n: number,
	pools: readonly HandPool[],
	delegations: readonly (readonly [number, number])[],
	world: Partial<SimParams>,
	information: InformationModel,
	rng: Rng = createRng(1)
): { pools: number[]; moves: number } {
	const { state, params } = handBuiltState({ ...world, information }, pools, delegations);
	for (let j = 0; j < n; j++) state.work.movers[j] = j;
	const tally = moveMovers(state, params, paramsAt(params, 0), n, rng);
	return { pools: [...state.pool.subarray(0, n)], moves: tally.moves };
}

/** `moveEach` for delegator 0 alone: the pool it ends in and how many moves were counted. */
function moveFirst(
	pools: readonly HandPool[],
	delegations: readonly (readonly [number, number])[],
	world: Partial<SimParams>,
	information: InformationModel,
	rng?: Rng
): { pool: number; moves: number } {
	const {
		pools: [pool],
		moves
	} = moveEach(1, pools, delegations, world, information, rng);
	return { pool, moves };
}

describe('rankPools (desirability (f̃ − c)(1 − m) with f̃ at saturation, best first)', () => {
	// k = 10: f̃ = 10. Pool 0 → (10 − 2) = 8; pool 1 → 9 · 0.5 = 4.5; pool 2 → 9; pool 3 →
	// 10 · 0.8 = 8 (ties with pool 0: lower number first); pool 4 → 10 − 12 < 0 → 0.
	const pools = [{ cost: 2 }, { cost: 1, margin: 0.5 }, { cost: 1 }, { margin: 0.2 }, { cost: 12 }];

	it('rankPools orders pools best first by hand-computed desirability, ties by pool number', () => {
		const { state, params } = handBuiltState(worldK(10), pools, [
			[90, 0],
			[40, 1],
			[30, 3],
			[99, 4]
		]);
		rankPools(state, paramsAt(params, 0));
		expect([...state.work.rankOrder]).toEqual([2, 0, 3, 1, 4]);
		expect([...state.work.desirability].map((d) => +d.toFixed(9))).toEqual([8, 4.5, 9, 8, 0]);
		expect([...state.work.rankPosition]).toEqual([1, 3, 0, 2, 4]);
	});

	it('rankPools values a pool at saturation, not at its current stake: an empty pool can rank first', () => {
		// At its current stake pool 2 (empty) would earn nothing and rank last.
		const { state, params } = handBuiltState(worldK(10), pools, [[50, 0]]);
		rankPools(state, paramsAt(params, 0));
		expect(state.work.rankOrder[0]).toBe(2);
		expect(state.work.desirability[2]).toBeCloseTo(9, 12);
	});

	it('rankPools fills the room tree in rank order: saturation point minus live stake', () => {
		const { state, params } = handBuiltState(worldK(10), pools, [
			[90, 0],
			[130, 4]
		]);
		rankPools(state, paramsAt(params, 0));
		const { room } = state.work;
		const slots = [0, 1, 2, 3, 4].map((r) => room.value[room.leaves + r]);
		expect(slots).toEqual([100, 10, 100, 100, -30]);
	});
});

describe('ranking rule (non-myopic member reward, ledger nonMyopicStake)', () => {
	// k = 4, z0 = 250, f̃ = 25. W (cost 0) ranks first, N (cost 2, d = 23) second: both top-k.
	const W = { cost: 0 };
	const N = { cost: 2 };

	it('ranking: a delegator leaves an oversaturated pool for an empty top-ranked one that pays nothing today', () => {
		// W holds 500: valued at its actual stake, 25/500 = 0.05 per ada. N is empty but counts as
		// saturated: 23/250 = 0.092. Myopically N pays (1 − 2) < 0 after the move: no one moves.
		const delegations = [
			[10, 0],
			[490, 0]
		] as const;
		expect(moveFirst([W, N], delegations, worldK(4), 'ranking')).toEqual({ pool: 1, moves: 1 });
		expect(moveFirst([W, N], delegations, worldK(4), 'all')).toEqual({ pool: 0, moves: 0 });
		expect(moveFirst([W, N], delegations, worldK(4), 'sample')).toEqual({ pool: 0, moves: 0 });
	});

	it('the mover loop counts the stake that moved: 10 ada in one move, of the 500 held', () => {
		const { state, params } = handBuiltState(
			{ ...worldK(4), information: 'ranking' },
			[W, N],
			[
				[10, 0],
				[490, 0]
			]
		);
		state.work.movers[0] = 0;
		expect(moveMovers(state, params, paramsAt(params, 0), 1, createRng(1))).toEqual({
			moves: 1,
			movedStake: 10
		});
	});

	it('redelegate follows a mix changed since the state was made: with everyone sticky nobody moves', () => {
		const world = { ...worldK(4), information: 'ranking' as const };
		const delegations = [
			[10, 0],
			[490, 0]
		] as const;
		const before = handBuiltState(world, [W, N], delegations);
		const unchanged = redelegate(
			before.state,
			before.params,
			paramsAt(before.params, 0),
			createRng(1)
		);
		expect(unchanged).toMatchObject({ movers: 2, moves: 1 });
		const { state, params } = handBuiltState(world, [W, N], delegations);
		const sticky = { ...params, mix: { sticky: 1 } };
		expect(redelegate(state, sticky, paramsAt(sticky, 0), createRng(1))).toEqual({
			movers: 0,
			moves: 0,
			movedStake: 0
		});
	});

	it('ranking: the own pool is valued at its actual stake when over saturation, as saturated otherwise', () => {
		// W at 260: 25/260 = 0.0962 beats N's 0.092, stay. At 300: 25/300 = 0.0833, move.
		expect(
			moveFirst(
				[W, N],
				[
					[10, 0],
					[250, 0]
				],
				worldK(4),
				'ranking'
			).pool
		).toBe(0);
		expect(
			moveFirst(
				[W, N],
				[
					[10, 0],
					[290, 0]
				],
				worldK(4),
				'ranking'
			).pool
		).toBe(1);
		// W at 100 (under saturation) counts as saturated, 0.1 per ada: stay.
		expect(
			moveFirst(
				[W, N],
				[
					[10, 0],
					[90, 0]
				],
				worldK(4),
				'ranking'
			).pool
		).toBe(0);
	});

	// k = 2, z0 = 500, f̃ = 50. Ranks: A 50, B 49, D 48, C 35, E 30; only A and B are top-k.
	// A and B hold 460 each (room 40). The mover holds 50 in E. Outside the top k a pool counts as
	// its pledge plus the mover, 50 ada: E pays (5 − 20) → 0, D (5 − 2)/50 = 0.06, C 5·0.7/50 = 0.07.
	// A, if not skipped for lack of room, would count as 510 ada: 50/510 = 0.098.
	const ranked = [{ cost: 20 }, { cost: 0 }, { cost: 1 }, { cost: 2 }, { margin: 0.3 }];
	const full = [
		[50, 0],
		[460, 1],
		[460, 2]
	] as const;

	it('ranking skips pools the stake would push over saturation and looks at exactly sampleSize pools', () => {
		const one = moveFirst(ranked, full, { ...worldK(2), sampleSize: 1 }, 'ranking');
		expect(one.pool, 'with sampleSize 1 the mover sees D only').toBe(3);
		const two = moveFirst(ranked, full, { ...worldK(2), sampleSize: 2 }, 'ranking');
		expect(two.pool, 'with sampleSize 2 the mover also sees C').toBe(4);
	});

	it('ranking counts a pool outside the top k as its pledge plus the mover, whatever else it holds', () => {
		// D also holds 200 ada of others: still 0.06 (at its actual 250 ada it would pay 23/250 =
		// 0.092 and beat C).
		const world = { ...worldK(2), sampleSize: 2 };
		expect(moveFirst(ranked, [...full, [200, 3]], world, 'ranking').pool).toBe(4);
		// With a pledge of 100 ada, D counts as 150: (15 − 2)/150 = 0.0867, above C's 0.07.
		const pledged = ranked.map((p, i) => (i === 3 ? { ...p, pledge: 100 } : p));
		expect(moveFirst(pledged, full, world, 'ranking').pool).toBe(3);
	});
});

describe('myopic rules skip the mover’s own pool', () => {
	// k = 10, z0 = 100. O (cost 2) holds the mover's 25 and 25 more: staying pays (5 − 2)/50 =
	// 0.06; O counted again with the mover's stake would pay (7.5 − 2)/75 = 0.0733. P (margin 0.35)
	// holds 50: joining pays 7.5 · 0.65/75 = 0.065. The right move is to P.
	const pools = [{ cost: 2 }, { margin: 0.35 }];
	const delegations = [
		[25, 0],
		[25, 0],
		[50, 1]
	] as const;

	it('sample: a mover whose own pool is drawn does not count it as a candidate', () => {
		const world = { ...worldK(10), sampleSize: 20 };
		expect(moveFirst(pools, delegations, world, 'sample')).toEqual({ pool: 1, moves: 1 });
	});

	it('all: the mover joins the pool paying most after the move, never its own', () => {
		expect(moveFirst(pools, delegations, worldK(10), 'all')).toEqual({ pool: 1, moves: 1 });
	});

	it('all and sample stay when no pool beats staying by minGain', () => {
		// P pays 0.065 against 0.06: an 8.3 % gain. With minGain 10 % nobody moves.
		const world = { ...worldK(10), sampleSize: 20, minGain: 0.1 };
		expect(moveFirst(pools, delegations, world, 'sample').moves).toBe(0);
		expect(moveFirst(pools, delegations, world, 'all').moves).toBe(0);
	});
});

describe('ranking rule: which pools count toward sampleSize', () => {
	// k = 1, z0 = 1000 ada, R/T = 0.1. Ranks by desirability (100 − cost): F (cost 0) first, the
	// mover's own pool O (cost 1) second, G (cost 2, pledge 180) third; only F is top-k. The mover
	// holds 20 ada in O: staying is valued at pledge + mover, (2 − 1)/20 = 0.05 per ada; G at
	// 180 + 20, (20 − 2)/200 = 0.09; F, if it has room, as saturated: 100/1000 = 0.1.
	const F = { cost: 0 };
	const O = { cost: 1 };
	const G = { cost: 2, pledge: 180 };
	const world = { ...worldK(1), sampleSize: 1 };

	it('ranking: the own pool is passed over without counting as one of the pools looked at', () => {
		// F holds 990: no room for 20 more, skipped. With one look, the mover passes its own pool
		// and looks at G.
		const full = [
			[990, 0],
			[20, 1]
		] as const;
		expect(moveFirst([F, O, G], full.slice().reverse(), world, 'ranking')).toEqual({
			pool: 2,
			moves: 1
		});
	});

	it('ranking: the last-ranked pool is found when every pool ranked before it is full', () => {
		// F holds 990 (room 10), O the mover's 20 and 975 more (room 5): neither fits 20 ada, so the
		// mover finds G, ranked last of three (room 820), and moves there, 0.09 against 0.05.
		const full = [
			[20, 1],
			[975, 1],
			[990, 0]
		] as const;
		expect(moveFirst([F, O, G], full, world, 'ranking')).toEqual({ pool: 2, moves: 1 });
	});

	it('ranking: with more looks than pools the mover looks at each pool with room once, then stops', () => {
		// Unlimited looks: F (room 500) pays 0.1, G 0.09; the search ends after the last pool.
		const roomy = [
			[20, 1],
			[500, 0]
		] as const;
		const world = { ...worldK(1), sampleSize: Infinity };
		expect(moveFirst([F, O, G], roomy, world, 'ranking')).toEqual({ pool: 0, moves: 1 });
	});

	it('ranking: the top-ranked pool is looked at first when it has room', () => {
		const roomy = [
			[20, 1],
			[500, 0]
		] as const;
		expect(moveFirst([F, O, G], roomy, world, 'ranking')).toEqual({ pool: 0, moves: 1 });
	});

	it('ranking: a pool valued the same as staying is not worth a move', () => {
		// O2 is O's twin, ranked right after it: 0.05 either way.
		const delegations = [
			[20, 1],
			[990, 0]
		] as const;
		expect(moveFirst([F, O, { cost: 1 }], delegations, world, 'ranking')).toEqual({
			pool: 1,
			moves: 0
		});
	});
});

describe('rankPools with pledge influence', () => {
	it('counts the pledge in f̃ as a share of the total stake: R/(1 + a0) · (z0 + a0 · s)', () => {
		// T = 1000, R = 100, k = 10 (z0 = 0.1), a0 = 1. A pledge of 50 ada (s = 0.05):
		// f̃ = 50 · 0.15 = 7.5; no pledge: 50 · 0.1 = 5.
		const { state, params } = handBuiltState(
			{ ...worldK(10), a0: 1 },
			[{}, { pledge: 50 }],
			[[10, 0]]
		);
		rankPools(state, paramsAt(params, 0));
		expect(state.work.desirability[0]).toBeCloseTo(5, 12);
		expect(state.work.desirability[1]).toBeCloseTo(7.5, 12);
		expect([...state.work.rankOrder]).toEqual([1, 0]);
	});
});

describe('ranking rule: later movers see the room the earlier ones left', () => {
	// k = 2, z0 = 500 ada, R/T = 0.1. Ranks: A (cost 0, 50) and B (cost 1, 49) are top-k, C (cost
	// 30, 20) is not. Joining A with room pays 50/500 = 0.1 per ada, B 49/500 = 0.098; C, outside
	// the top k, counts as pledge 0 plus the mover: at most 30 ada of reward against a cost of 30,
	// so 0. The movers are delegators 0 and 1, choosing in that order.
	const [A, B, C] = [{ cost: 0 }, { cost: 1 }, { cost: 30 }];
	const world = { ...worldK(2), sampleSize: 2 };

	it('ranking: a pool an earlier mover filled is skipped by the next (room lowered on joining)', () => {
		// Here B costs 20: joining it pays 30/500 = 0.06, still second and top-k. A and B hold 100
		// each (room 400); both movers hold 300 in C. The first joins A (0.1; room now 100), so
		// the second, with no room in A, joins B. Had A's room stayed 400, the second would look
		// at A, valued at its stake with the mover, 50/700 = 0.071, join it over B's 0.06 and
		// push it to 700, over saturation.
		const delegations = [
			[300, 2],
			[300, 2],
			[100, 0],
			[100, 1]
		] as const;
		expect(moveEach(2, [A, { cost: 20 }, C], delegations, world, 'ranking')).toEqual({
			pools: [0, 1],
			moves: 2
		});
	});

	// The first mover holds 60 in A, which holds 540 (over saturation): staying is valued at the
	// actual stake, 50/540 = 0.0926, below B's 0.098, so it moves to B. A keeps 480: room 20.
	const leaving = (second: number) =>
		[
			[60, 0],
			[second, 2],
			[480, 0],
			[100, 1]
		] as const;

	it('ranking: a pool an earlier mover left over saturation has room for the next (room raised on leaving)', () => {
		// The second mover holds 20 in C: A's room of 20 fits it, 0.1 beats B's 0.098. Had A's
		// room stayed −40, the second mover would skip A and join B.
		expect(moveEach(2, [A, B, C], leaving(20), world, 'ranking')).toEqual({
			pools: [1, 0],
			moves: 2
		});
	});

	it('ranking: the room a leaving mover frees is the saturation point minus what is left, no more', () => {
		// The second mover holds 30: A's room of 20 does not fit it, so it joins B.
		expect(moveEach(2, [A, B, C], leaving(30), world, 'ranking')).toEqual({
			pools: [1, 1],
			moves: 2
		});
	});
});

describe('sample rule: which pools a mover looks at', () => {
	// k = 10, z0 = 100 ada, R/T = 0.1; three pools, so a draw r picks pool ⌊3r⌋ (0.1 → 0, 0.5 →
	// 1, 0.9 → 2). One mover class: the rng is drawn only for the sample. The mover holds 20 in
	// O (cost 1) with 20 more: staying pays (4 − 1)/40 = 0.075. P (margin 0.2) and Q hold 20
	// each: joining P pays 4 · 0.8/40 = 0.08, Q 4/40 = 0.1.
	const [O, P, Q] = [{ cost: 1 }, { margin: 0.2 }, {}];
	const delegations = [
		[20, 0],
		[20, 0],
		[20, 1],
		[20, 2]
	] as const;
	const sampling = (sampleSize: number) => ({ ...worldK(10), sampleSize });

	it('sample: a mover looks at exactly sampleSize drawn pools, not one more', () => {
		// Draws P, then Q: with one look the mover joins P, with two the better Q.
		const once = moveFirst([O, P, Q], delegations, sampling(1), 'sample', scriptedRng(0.5, 0.9));
		expect(once, 'one look sees P only').toEqual({ pool: 1, moves: 1 });
		const twice = moveFirst(
			[O, P, Q],
			delegations,
			sampling(2),
			'sample',
			scriptedRng(0.5, 0.9, 0.9)
		);
		expect(twice, 'two looks see Q too').toEqual({ pool: 2, moves: 1 });
	});

	it('sample: drawing the own pool uses up a look (draws are with replacement)', () => {
		// Draws O itself, then Q: with one look the mover has seen no other pool and stays.
		expect(moveFirst([O, P, Q], delegations, sampling(1), 'sample', scriptedRng(0.1, 0.9))).toEqual(
			{
				pool: 0,
				moves: 0
			}
		);
	});

	it('sample: of two drawn pools paying the same the first drawn is joined', () => {
		// P replaced by Q's twin: draws pool 1, then pool 2, both paying 0.1.
		expect(
			moveFirst([O, Q, Q], delegations, sampling(2), 'sample', scriptedRng(0.5, 0.9, 0.9))
		).toEqual({
			pool: 1,
			moves: 1
		});
	});

	it('sample: a drawn pool paying the same as staying is not worth a move', () => {
		// O costs nothing here: staying pays 4/40 = 0.1, as joining Q does.
		expect(
			moveFirst([{}, P, Q], delegations, sampling(1), 'sample', scriptedRng(0.9, 0.9))
		).toEqual({
			pool: 0,
			moves: 0
		});
	});
});

describe('all rule: ties and the bar', () => {
	// k = 10, z0 = 100 ada, R/T = 0.1, a0 = 0: a pool of σ ≤ 100 ada paying (σ/10 − c)(1 − m)/σ per
	// ada, which rises with σ up to saturation.

	it('all: of two pools paying the same, the lower-numbered one is joined', () => {
		// The mover holds 25 in O (cost 2) with 25 more: staying pays 3/50 = 0.06. X (cost 10) pays
		// nothing. Q and its twin (margin 0.35) hold 50 each: joining either pays 7.5 · 0.65/75 =
		// 0.065.
		const Q = { margin: 0.35 };
		const delegations = [
			[25, 0],
			[25, 0],
			[10, 1],
			[50, 2],
			[50, 3]
		] as const;
		const pools = [{ cost: 2 }, { cost: 10 }, Q, Q];
		expect(moveFirst(pools, delegations, worldK(10), 'all')).toEqual({ pool: 2, moves: 1 });
	});

	it('all: a pool paying exactly what staying pays is not worth a move, however high its bound for the class', () => {
		// Movers: delegator 0 with 20 in O (cost 1, 40 in all), delegator 1 with 40 in X (cost 5,
		// 40 in all); one class, stakes 20…40. Staying in O pays 3/40 = 0.075; joining O's twin
		// O2 (20 held) pays 3/40 = 0.075 as well, though O2 could pay up to 5/60 = 0.083 to the
		// class's largest stake. So delegator 0 stays. Delegator 1 earns nothing in X (4 < 5) and
		// joins O, 7/80 = 0.0875, over O2's 5/60.
		const delegations = [
			[20, 0],
			[40, 2],
			[20, 0],
			[20, 1]
		] as const;
		const pools = [{ cost: 1 }, { cost: 1 }, { cost: 5 }];
		expect(moveEach(2, pools, delegations, worldK(10), 'all')).toEqual({
			pools: [0, 0],
			moves: 1
		});
	});
});
