import { describe, expect, it } from 'vitest';
import { serverFrame } from './serverFrame';
import { formatShareFixed } from '../../format/percent';
import { scaleTicks } from '../../charts/scaleTicks';
import { operatorsChart } from './operatorsChart';
import { operatorsPreview } from './operatorsPreview';
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
		expect(formatShareFixed(0.00042)).toBe('0.042 %');
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

	it('previews the default scenario with its own numbers marked on the chart', () => {
		const scenario = { k: 100, a0: 0.3, cap: 0, extraPoolCost: 40, seed: 1 };
		const { frame: played } = serverFrame(scenario);
		const preview = operatorsPreview(scenario);
		expect(preview.title).toBe(
			`k = 100: ${played.pools} pools, ${played.operators} operators, ${played.nakamoto} hold half`
		);
		expect(preview.keyNumbers.map((n) => n.value)).toEqual([
			String(played.pools),
			String(played.nakamoto),
			formatShareFixed(played.totalPledge)
		]);
		expect(preview.chart).toEqual(operatorsChart(operatorsView(played), played));
		const half = preview.chart.labels.find((l) => l.id === 'half');
		expect(half?.text).toBe(
			`${played.nakamoto} operators hold half (${played.nakamotoByPool} pools)`
		);
	}, 60_000);
});

describe('operators chart', () => {
	const spec = operatorsChart(operatorsView(frame), frame);

	it('draws one bar per operator, several-pool operators hollow, on axes fitted to them', () => {
		expect(spec.x.domain).toEqual([0, 9]);
		expect(spec.y.type === 'linear' && spec.y.domain).toEqual([0, 3]);
		const columns = spec.marks.filter((m) => m.type === 'columns');
		expect(columns.map((m) => [m.id, m.hollow ?? false, m.columns.length])).toEqual([
			['one-pool', false, 7],
			['several-pools', true, 2]
		]);
		expect(spec.label).toMatch(/after round 25$/);
	});

	it('marks saturation, the operators (and pools) holding half, and the largest pool-splitter', () => {
		expect(spec.marks).toContainEqual({ type: 'ruleY', id: 'saturation', at: 1, color: 'text' });
		// Operators 3 and 8 hold 0.2 each, two singles 0.6/7 each: 0.57 > 0.5 after 4 operators.
		expect(spec.marks).toContainEqual({ type: 'ruleX', id: 'half', at: 4, color: 'text' });
		expect(spec.labels.map((l) => [l.id, l.text, l.at])).toEqual([
			['saturation', 'saturation: 1/10 of all stake', [9, 1]],
			['half', '4 operators hold half (6 pools)', [4, 3]],
			['largest-splitter', '2 pools, one operator', [0.5, 2]]
		]);
	});

	it('leaves out what a game with one operator of one pool does not have', () => {
		const lone = {
			...frame,
			pools: 1,
			operators: 1,
			nakamoto: 1,
			nakamotoByPool: 1,
			operatorTable: [row(1, 1, 0.1)]
		};
		const one = operatorsChart(operatorsView(lone), lone);
		expect(one.labels.map((l) => l.text)).toEqual([
			'saturation: 1/10 of all stake',
			'1 operator holds half (1 pool)'
		]);
		expect(one.y.type === 'linear' && one.y.domain).toEqual([0, 2]);
	});

	it('marks whole operators on the x axis, however few there are', () => {
		for (const operators of [1, 2, 3, 9]) {
			const few = {
				...frame,
				operators,
				operatorTable: Array.from({ length: operators }, (_, i) => row(i + 1, 1, 0.1))
			};
			const x = operatorsChart(operatorsView(few), few).x;
			const marked = x.type === 'linear' ? scaleTicks(x) : [];
			expect(marked.length, `${operators} operators`).toBeGreaterThanOrEqual(2);
			expect(
				marked.filter((t) => !Number.isInteger(t)),
				`${operators} operators`
			).toEqual([]);
		}
	});
});
