import { describe, expect, it } from 'vitest';
import { serverFrame } from './serverFrame';
import { formatShare } from './formatShare';
import type { OperatorsFrame } from './operatorsFrame';
import { operatorsSummary } from './operatorsSummary';
import { operatorsView } from './operatorsView';

const row = (agent: number, pools: number, poolStake: number) => ({
	agent,
	stake: poolStake / 4,
	cost: 1e-4,
	pools,
	pledgePerPool: poolStake / 4 / pools,
	poolStake,
	margin: 0.1
});

const frame: OperatorsFrame = {
	key: 'test',
	k: 10,
	a0: 0.3,
	leverageCap: null,
	agents: 40,
	maxRounds: 400,
	saturation: 0.1,
	converged: true,
	status: 'converged',
	rounds: 25,
	equilibriumRound: 15,
	pools: 11,
	operators: 9,
	nakamoto: 4,
	nakamotoByPool: 6,
	nakamotoOfStake: 12,
	largestStake: 0.05,
	maxPoolsPerOperator: 2,
	totalPledge: 0.2963,
	activeStake: 1,
	operatorTable: [
		row(3, 2, 0.2),
		row(8, 2, 0.2),
		...[1, 2, 4, 5, 6, 7, 9].map((a) => row(a, 1, 0.6 / 7))
	]
};

describe('operators view', () => {
	it('draws each operator as a column in multiples of the saturation point', () => {
		const view = operatorsView(frame);
		expect(view.columns).toHaveLength(9);
		expect(view.columns[0]).toMatchObject({ x0: 0, x1: 1, pools: 2, agent: 3 });
		expect(view.columns[0].y).toBeCloseTo(2, 12);
		expect(view.splitters.map((c) => c.agent)).toEqual([3, 8]);
		expect(view.singles).toHaveLength(7);
		expect(view.splitterCount).toBe(2);
		expect(view.splitterPools).toBe(4);
		expect(view.yTop).toBe(3); // 2 saturated pools' worth, rounded up with headroom
	});

	it('says whether the game settled, and says so when it did not', () => {
		expect(operatorsSummary(frame)).toBe(
			'Equilibrium: nobody has moved since round 15 (k = 10, a0 = 0.3): 11 pools run by 9 operators (at most 2 each); 4 operators hold more than half the stake (6 pools); pledges total 29.6 % of all stake.'
		);
		const stuck = { ...frame, converged: false, status: 'not converged' as const, rounds: 400 };
		expect(operatorsSummary(stuck)).toMatch(
			/^Not converged: stakeholders were still moving after 400 rounds/
		);
		expect(operatorsSummary({ ...frame, leverageCap: 10 }, true)).toMatch(
			/^Round 25, still playing \(k = 10, a0 = 0.3, cap L = 10\): /
		);
		expect(formatShare(0.00042)).toBe('0.042 %');
	});

	it('plays the default scenario to the equilibrium the engine reaches', () => {
		const { frame: played, final } = serverFrame({
			k: 100,
			a0: 0.3,
			cap: 0,
			extraPoolCost: 40,
			seed: 1
		});
		expect(final).toBe(true);
		expect(played.converged).toBe(true);
		expect(played.pools).toBeGreaterThanOrEqual(100);
		expect(played.pools).toBeLessThanOrEqual(103);
		expect(played.nakamoto).toBeLessThanOrEqual(played.nakamotoByPool);
		expect(serverFrame({ k: 100, a0: 0.3, cap: 0, extraPoolCost: 40, seed: 1 }).frame).toBe(played);
	}, 60_000);
});
