import { describe, expect, it } from 'vitest';
import { rewardsSchema } from '../../scenario/rewards';
import { currentDefaults } from '../../scenario/schema';
import { rewardsPreview } from './rewardsPreview';
import { rewardsSummary } from './rewardsSummary';
import { rewardsTable } from './rewardsTable';
import { rewardsView } from './rewardsView';

const defaults = currentDefaults(rewardsSchema);

// Hand check, epoch 538: total stake 45 B − 7,433,694,305.914142 = 37,566,305,694.085858 ada,
// R = 17,910,618.338179 ada, 73.05 epochs a year: saturation = total / 500 = 75,132,611.388 ada; a
// saturated pool pledging 400k ada gets R/1.3 · (1/500 + 0.3 · 400,000 / total) = 27,598.807 ada an
// epoch (2,016,092.87 a year); its delegators (f − 170) · 0.975 / saturation · 73.05 = 2.60018 % a
// year, a third of that at 3×.
describe('rewardsView(defaults)', () => {
	const view = rewardsView(defaults);
	const [pool, compare] = view.pools;

	it('puts the saturation point at total stake / k and the x axis at three times it', () => {
		expect(view.saturation).toBeCloseTo(75_132_611.388, 3);
		expect(view.stakeDomain[1]).toBeCloseTo(3 * 75_132_611.388172, 3);
	});

	it('a saturated pool pledging 400k ada earns 2.016M ada a year and pays 2.6002 %', () => {
		const r = pool.at(view.saturation);
		expect(r.poolReward).toBeCloseTo(2_016_092.87, 1);
		expect(r.delegatorYieldPercent).toBeCloseTo(2.60018, 4);
		expect(r.operatorReward).toBeCloseTo(72_911.08, 1);
	});

	it('past saturation the pool reward is flat and the yield falls as 1 / stake', () => {
		const r = pool.at(3 * view.saturation);
		expect(r.poolReward).toBeCloseTo(pool.at(view.saturation).poolReward, 6);
		expect(r.delegatorYieldPercent).toBeCloseTo(0.866726, 5);
	});

	it('the zero-pledge pool earns R/k/1.3 at saturation: 2,012,878 ada a year, 2.5960 %', () => {
		const r = compare.at(view.saturation);
		expect(r.poolReward).toBeCloseTo(2_012_877.95, 1);
		expect(r.delegatorYieldPercent).toBeCloseTo(2.59601, 4);
	});

	it('bounds the axes by a saturated, fully pledged pool: R/k a year and R/total per ada', () => {
		expect(view.maxPoolReward).toBeCloseTo(2_616_741.34, 1);
		expect(view.maxYieldPercent).toBeCloseTo(3.48283, 4);
		for (const curve of view.pools)
			for (const [, y] of curve.yield) expect(y).toBeLessThanOrEqual(view.maxYieldPercent);
	});

	it('every curve is finite and its yield peaks at saturation', () => {
		for (const curve of view.pools) {
			for (const [x, y] of [...curve.pool, ...curve.operator, ...curve.yield])
				expect(Number.isFinite(x + y)).toBe(true);
			const peak = curve.yield.reduce((a, b) => (b[1] > a[1] ? b : a));
			expect(peak[0]).toBeCloseTo(view.saturation, 3);
		}
	});
});

describe('rewardsView with a pledge above the chart', () => {
	it('draws no curve for a pool that cannot meet its pledge on the chart, and never NaN', () => {
		const view = rewardsView({ ...defaults, pledge: 300e6 });
		expect(view.pools[0].yield).toEqual([]);
		expect(Number.isFinite(view.pools[0].at(view.saturation).poolReward)).toBe(true);
	});
});

describe('rewardsTable', () => {
	it('has seven rows, the saturation row marked, yields falling after it', () => {
		const rows = rewardsTable(rewardsView(defaults));
		expect(rows.map((r) => r.multiple)).toEqual([0.1, 0.25, 0.5, 1, 1.5, 2, 3]);
		const sat = rows.find((r) => r.isSaturation);
		expect(sat?.pool.delegatorYieldPercent).toBeCloseTo(2.60018, 4);
		expect(rows[6].pool.delegatorYieldPercent).toBeCloseTo(2.60018 / 3, 4);
	});
});

describe('rewardsSummary', () => {
	it('says the saturation numbers in words', () => {
		expect(rewardsSummary(defaults)).toBe(
			'A pool pledging 400k ada with a cost of 170 ada and a 2.5 % margin earns 2.02M ada a year once it reaches saturation at 75.1M ada, and its delegators get 2.6 % a year; at three times saturation the pool earns no more, so they get 0.867 %. The second pool, pledging 0 ada with a 2.5 % margin, pays 2.6 % at saturation.'
		);
	});
});

describe('rewardsSummary past saturation on the pledge alone', () => {
	it('says the pool is saturated by its pledge and earns the capped reward, not "0 ada once it reaches saturation"', () => {
		const scenario = { ...defaults, pledge: 100e6 };
		const view = rewardsView(scenario);
		const capped = view.pools[0].at(100e6).poolReward;
		// The capped pool reward rises with the pledge (a0 > 0) above the 2.02M of a 400k pledge.
		expect(capped).toBeGreaterThan(2.02e6);
		const text = rewardsSummary(scenario, view);
		expect(text).toMatch(
			/^A pool pledging 100M ada .* is past saturation \(75\.1M ada\) on its pledge alone: it earns \d\.\d+M ada a year/
		);
		expect(text).not.toContain('earns 0 ada');
	});
});

describe('rewardsPreview', () => {
	it('fits the contract and states the saturation yields', () => {
		const preview = rewardsPreview(defaults);
		expect(preview.title).toBe(
			'Cardano pool yield: 2.6 % at saturation (75.1M ada), 0.867 % at 3×'
		);
		expect(preview.title.length).toBeLessThanOrEqual(80);
		expect(preview.description.length).toBeLessThanOrEqual(250);
		expect(preview.chart.marks.filter((m) => m.type === 'line')).toHaveLength(2);
		const rule = preview.chart.marks.find((m) => m.type === 'ruleX');
		expect(rule?.type === 'ruleX' && rule.at).toBeCloseTo(75_132_611.388, 3);
	});
});

describe('rewardsView reward axis', () => {
	it('spans three decades up to the power of ten above R/k a year: 10k to 10M ada', () => {
		expect(rewardsView(defaults).rewardDomain).toEqual([10_000, 10_000_000]);
	});
});
