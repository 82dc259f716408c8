import { describe, expect, it } from 'vitest';
import { presets } from '../presets';
import type { SimParams } from '../simParams';
import { judge, movesAtEnd, runCase, settledEpoch } from './runCase';
import type { SettledShape } from './settledShape';
import type { CaseKind, ValidationCase } from './validationCases';

const caseOf = (kind: CaseKind, start: SimParams['start']): ValidationCase => ({
	id: `${kind} from ${start}`,
	kind,
	params: { ...presets.small, start },
	seeds: [1]
});

/** 100 pools predicted and 100 near saturation, nothing over, every delegation in the top k. */
const shape: SettledShape = {
	epoch: 119,
	k: 50,
	maxRatio: 1,
	nearSaturated: 100,
	predicted: 100,
	topShare: 1,
	oversize: 0,
	excess: 0,
	poolsWithDelegations: 100
};
const end = (change: Partial<Parameters<typeof judge>[1]> = {}) => ({
	...shape,
	over: 0,
	byPledge: 0,
	byDesirability: 0,
	unexplained: 0,
	wouldMove: 0,
	...change
});
const before = (nearSaturated: number) => ({ ...shape, nearSaturated });

describe('judge: the count near saturation against the prediction', () => {
	// From the whale start the count may miss 100 predicted by 5 % = 5 pools; from a spread
	// start by 10 % = 10.
	it('from the whale start 95 near saturation is within 5 of 100', () => {
		expect(judge(caseOf('fill', 'whale'), end({ nearSaturated: 95 }), undefined)).toEqual([]);
	});

	it('from the whale start 94 near saturation misses by more than 5', () => {
		expect(judge(caseOf('fill', 'whale'), end({ nearSaturated: 94 }), undefined)).toEqual([
			'94 pools near saturation + 0.0 in excess, predicted 100 ± 5'
		]);
	});

	it('stake in excess counts with the pools: 92 near saturation + 3 z0 in excess is within 5', () => {
		const e = end({ nearSaturated: 92, excess: 3 });
		expect(judge(caseOf('fill', 'whale'), e, undefined)).toEqual([]);
	});

	it('from a spread start the count may miss by 10: 90 passes', () => {
		expect(judge(caseOf('fill', 'uniform'), end({ nearSaturated: 90 }), undefined)).toEqual([]);
	});

	it('from a spread start 89 misses by more than 10', () => {
		expect(judge(caseOf('fill', 'uniform'), end({ nearSaturated: 89 }), undefined)).toEqual([
			'89 pools near saturation + 0.0 in excess, predicted 100 ± 10'
		]);
	});

	it('after k halves with minGain 0 (kDrop) the count is held to 5 %, as from the whale start', () => {
		const drop = caseOf('kDrop', 'mainnet');
		expect(judge(drop, end({ nearSaturated: 94 }), before(200))).toEqual([
			'94 pools near saturation + 0.0 in excess, predicted 100 ± 5'
		]);
	});
});

describe('judge: pools over saturation and delegations in the top k', () => {
	it('a fill case with a pool over 1.02 × z0 fails', () => {
		expect(judge(caseOf('fill', 'whale'), end({ over: 1 }), undefined)).toEqual([
			'1 pools above 1.02× saturation'
		]);
	});

	it('after k rises, pools over saturation pass when explained (here by pledge)', () => {
		const e = end({ over: 3, byPledge: 3 });
		expect(judge(caseOf('kRise', 'mainnet'), e, before(50))).toEqual([]);
	});

	it('after k rises, unexplained pools over saturation fail', () => {
		const e = end({ over: 3, byPledge: 1, unexplained: 2 });
		expect(judge(caseOf('kRise', 'mainnet'), e, before(50))).toEqual([
			'2 pools above 1.02× saturation whose members should move'
		]);
	});

	it('99 % of delegations in the top k is enough', () => {
		expect(judge(caseOf('fill', 'whale'), end({ topShare: 0.99 }), undefined)).toEqual([]);
	});

	it('98.5 % of delegations in the top k is not', () => {
		expect(judge(caseOf('fill', 'whale'), end({ topShare: 0.985 }), undefined)).toEqual([
			'only 98.5 % of delegations in the top-k pools'
		]);
	});
});

describe('judge: the count before and after k changes', () => {
	it('k rose and the count grew: 50 before, 100 after', () => {
		expect(judge(caseOf('kRise', 'mainnet'), end(), before(50))).toEqual([]);
	});

	it('k rose and the count stayed: 100 before, 100 after fails', () => {
		expect(judge(caseOf('kRise', 'mainnet'), end(), before(100))).toEqual([
			'k rose but saturated pools went from 100 to 100'
		]);
	});

	it('a k case with no count before it is judged on its end alone', () => {
		expect(judge(caseOf('kRise', 'mainnet'), end(), undefined)).toEqual([]);
		expect(judge(caseOf('kDrop', 'mainnet'), end(), undefined)).toEqual([]);
	});

	it('k fell and the count fell: 200 before, 100 after', () => {
		expect(judge(caseOf('kDrop', 'mainnet'), end(), before(200))).toEqual([]);
	});

	it('k fell (minGain 0) and the count stayed: 100 before, 100 after fails', () => {
		expect(judge(caseOf('kDrop', 'mainnet'), end(), before(100))).toEqual([
			'k fell but saturated pools went from 100 to 100'
		]);
	});

	it('k fell (with minGain) and the count stayed: 100 before, 100 after fails', () => {
		expect(judge(caseOf('kDropThreshold', 'mainnet'), end(), before(100))).toEqual([
			'k fell but saturated pools went from 100 to 100'
		]);
	});

	it('a fill case is not judged against a count before', () => {
		// No k change: a count "before" of 90 and 100 at the end is no failure.
		expect(judge(caseOf('fill', 'whale'), end(), before(90))).toEqual([]);
	});

	it('k fell with minGain: the count is not held to the prediction from below (50 of 100)', () => {
		const e = end({ nearSaturated: 50 });
		expect(judge(caseOf('kDropThreshold', 'mainnet'), e, before(200))).toEqual([]);
	});

	it('k fell with minGain: up to 100 + 10 near saturation passes', () => {
		const e = end({ nearSaturated: 110 });
		expect(judge(caseOf('kDropThreshold', 'mainnet'), e, before(200))).toEqual([]);
	});

	it('k fell with minGain: 111 near saturation is more than predicted', () => {
		const e = end({ nearSaturated: 111 });
		expect(judge(caseOf('kDropThreshold', 'mainnet'), e, before(200))).toEqual([
			'111 pools near saturation, more than the 100 predicted'
		]);
	});
});

/** An epoch's settling measures: 3 pools over, 48 with stake, 500 ada in excess unless given. */
const epoch = (change: Partial<Parameters<typeof settledEpoch>[0][number]> = {}) => ({
	poolsOverSaturation: 3,
	poolsWithStake: 48,
	excessStake: 500,
	...change
});

describe('settledEpoch (z0 = 1,000 ada: excess may move by 10 ada)', () => {
	it('a history that never changed settled at epoch 0', () => {
		expect(settledEpoch([epoch(), epoch(), epoch()], 1000)).toBe(0);
	});

	it('a change in the pools over saturation at epoch 0 means settled by epoch 1', () => {
		expect(settledEpoch([epoch({ poolsOverSaturation: 5 }), epoch(), epoch()], 1000)).toBe(1);
	});

	it('a change in the pools with stake at epoch 0 means settled by epoch 1', () => {
		expect(settledEpoch([epoch({ poolsWithStake: 50 }), epoch(), epoch()], 1000)).toBe(1);
	});

	it('excess 10 ada from the last counts as settled, 11 does not', () => {
		// 489, 490, 500: epoch 1 is 10 away (settled), epoch 0 is 11 away.
		const history = [epoch({ excessStake: 489 }), epoch({ excessStake: 490 }), epoch()];
		expect(settledEpoch(history, 1000)).toBe(1);
	});
});

describe('movesAtEnd', () => {
	it('adds the moves of the last 10 epochs: 3 + 4 + … + 12 = 75 of 12 epochs', () => {
		const history = Array.from({ length: 12 }, (_, i) => ({ moves: i + 1 }));
		expect(movesAtEnd(history)).toBe(75);
	});
});

describe('runCase on a tiny world (10 pools, 200 delegators, k = 8, 6 epochs: milliseconds)', () => {
	const tiny: SimParams = {
		...presets.small,
		pools: 10,
		delegators: 200,
		epochs: 6,
		start: 'whale',
		information: 'all'
	};
	const myopic: ValidationCase = { id: 'tiny myopic', kind: 'myopic', params: tiny, seeds: [1] };

	it('runs the given epochs and measures the end: epoch 6, k = 8', () => {
		const r = runCase(myopic, 1);
		expect(r.end).toMatchObject({ epoch: 6, k: 8 });
		expect(r).toMatchObject({ id: 'tiny myopic', kind: 'myopic', seed: 1, pools: 10 });
	});

	it('a myopic run is reported, not judged (stake conserved, so no failure at all)', () => {
		expect(runCase(myopic, 1).failures).toEqual([]);
	});

	it('the same run judged as a fill fails: the checks are applied', () => {
		expect(runCase({ ...myopic, kind: 'fill' }, 1).failures.length).toBeGreaterThan(0);
	});

	it('a k case measures the count just before the change, at the old k', () => {
		// k doubles at epoch 3: "before" is epoch 3's state under epoch 2's parameters (k = 8).
		const rise: ValidationCase = {
			...myopic,
			kind: 'kRise',
			params: { ...tiny, changes: [{ epoch: 3, k: 16 }] },
			changeEpoch: 3
		};
		const r = runCase(rise, 1);
		expect(r.before).toMatchObject({ epoch: 3, k: 8 });
		expect(r.end.k).toBe(16);
	});

	it('the end is judged at the last epoch run, not at a change scheduled after it', () => {
		// Epochs 0–5 run; a change at epoch 6 never takes effect.
		const late: ValidationCase = {
			...myopic,
			params: { ...tiny, changes: [{ epoch: 6, k: 16 }] }
		};
		expect(runCase(late, 1).end.k).toBe(8);
	});
});
