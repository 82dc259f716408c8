import { describe, expect, it } from 'vitest';
import { calculatorSchema } from '../../scenario/calculator';
import { currentDefaults } from '../../scenario/schema';
import { bondEarnings } from './bondEarnings';
import { calculatorPreview } from './calculatorPreview';
import { calculatorSummary } from './calculatorSummary';
import { calculatorView } from './calculatorView';

const defaults = currentDefaults(calculatorSchema);
const byId = (eth = defaults.eth, more = {}) =>
	Object.fromEntries(calculatorView({ ...defaults, eth, ...more }).ways.map((w) => [w.id, w]));

// Hand check at T = 34M ETH: r = 347 · 82,181.25 / 10^9 = 0.02851689375.
// 32 ETH: solo 32r = 0.9125406; Rocket Pool 8 validators · r · (4 + 0.05 · 28) = 1.2319298;
// CSM 23 validators (2.4 + 22 · 1.3 = 31 ≤ 32), whole 32 ETH as bond: r · (23 · 32 · 0.06 + 32 · 0.9)
// = 72.96r = 2.0805926 (6.5019 %); stETH 0.9 · 32r = 0.8212865; rETH 0.86 · 32r = 0.7847849.
// Cardano, 30M ada pool pledging 400k of total 38,494,388,153: maxPool = R/1.3 · (σ + a0·p·(σ − p(z0 − σ)/z0)/z0)
// = 10,753.7998 ada an epoch; per ada (10,753.80 − 170) · 0.975 / 30M · 73.05 = 2.512726 % a year.
describe('calculatorView(defaults)', () => {
	const ways = byId();

	it('lists six ways in table order', () => {
		expect(calculatorView(defaults).ways.map((w) => w.id)).toEqual([
			'solo',
			'rocket-pool',
			'csm',
			'steth',
			'reth',
			'cardano'
		]);
	});

	it('solo 0.9125 ETH (2.8517 %), Rocket Pool 1.2319 ETH, CSM 2.0806 ETH (6.5019 %)', () => {
		expect(ways.solo.yearly).toBeCloseTo(0.9125406, 6);
		expect(ways.solo.yieldPercent).toBeCloseTo(2.851689, 5);
		expect(ways['rocket-pool'].yearly).toBeCloseTo(1.2319298, 6);
		expect(ways.csm.yearly).toBeCloseTo(2.0805926, 6);
		expect(ways.csm.yieldPercent).toBeCloseTo(6.501852, 5);
		expect(ways.csm.setup).toBe('23 validators');
	});

	it('stETH nets 0.8213 ETH, rETH 0.7848 ETH, 100k delegated ada 2,512.7 ada (2.5127 %)', () => {
		expect(ways.steth.yearly).toBeCloseTo(0.8212865, 6);
		expect(ways.reth.yearly).toBeCloseTo(0.7847849, 6);
		expect(ways.cardano.yearly).toBeCloseTo(2512.726, 2);
		expect(ways.cardano.yieldPercent).toBeCloseTo(2.512726, 5);
	});

	it('one validator is withdrawable after 1 + 4 + 256 epochs = 1.16 days; 8 need the same', () => {
		expect(ways.solo.spendableDays).toBeCloseTo(1.16, 10);
		expect(ways['rocket-pool'].spendableDays).toBeCloseTo(1.16, 10);
		expect([ways.steth.spendableDays, ways.cardano.spendableDays]).toEqual([0, 0]);
	});

	it('puts at risk all 32 solo ETH, 32 ETH of Rocket Pool bonds and nothing on Cardano', () => {
		expect([ways.solo.atRisk, ways['rocket-pool'].atRisk, ways.cardano.atRisk]).toEqual([
			32, 32, 0
		]);
	});
});

describe('calculatorView with less ETH', () => {
	it('10 ETH: no solo validator, 2 megapool validators with 2 ETH left, 6 CSM validators', () => {
		const ways = byId(10);
		expect(ways.solo).toMatchObject({ yearly: 0, setup: 'needs 32 ETH', spendableDays: 0 });
		expect(ways['rocket-pool'].setup).toBe('2 validators (4 ETH bonds, no RPL), 2 ETH left over');
		expect(ways['rocket-pool'].yieldPercent).toBeCloseTo((2 * 0.02851689375 * 5.4 * 100) / 10, 8);
		expect(ways.csm.setup).toBe('6 validators');
	});

	it('twice the total stake pays 64·10^9 // isqrt(68·10^15) = 245 Gwei per ETH instead of 347', () => {
		const doubled = byId(32, { totalEth: 68e6 }).solo.yieldPercent;
		expect(doubled / byId().solo.yieldPercent).toBeCloseTo(245 / 347, 12);
	});

	it('0 ETH and 0 ada earn nothing and never NaN', () => {
		for (const w of calculatorView({ ...defaults, eth: 0, ada: 0 }).ways) {
			expect(w.yearly).toBe(0);
			expect(Number.isFinite(w.yieldPercent)).toBe(true);
		}
	});
});

describe('calculatorSummary and preview', () => {
	it('names every way with its yearly reward', () => {
		expect(calculatorSummary(defaults)).toBe(
			'With 32 ETH, 34M ETH staked in all, and 100k ada, a year pays: Ethereum solo validator 0.913 ETH (2.85 %), Rocket Pool node 1.232 ETH (3.85 %), Lido CSM operator 2.081 ETH (6.5 %), Lido stETH holder 0.821 ETH (2.57 %), Rocket Pool rETH holder 0.785 ETH (2.45 %), Cardano delegator 2,513 ada (2.51 %). Validator operators wait at least 1.16 days for their ETH after asking to exit; tokens and delegated ada can be spent at once, and only the Cardano delegator risks nothing.'
		);
	});

	it('the preview fits its limits and draws one bar per way', () => {
		const preview = calculatorPreview(defaults);
		expect(preview.title).toBe(
			'I have 32 ETH: solo 2.85 %, Rocket Pool 3.85 %, CSM 6.5 %, stETH 2.57 %'
		);
		expect(preview.title.length).toBeLessThanOrEqual(80);
		expect(preview.description.length).toBeLessThanOrEqual(250);
		expect(preview.chart.marks.filter((m) => m.type === 'barX')).toHaveLength(6);
	});
});

describe('bondEarnings', () => {
	it('one validator at 34M ETH: solo 2.85 %, Rocket Pool bond 3.85 %, CSM 4.85 %, stETH 2.57 %', () => {
		const earns = bondEarnings();
		expect(earns.ratePercent).toBeCloseTo(2.851689375, 9);
		expect(earns.rocketPoolPercent).toBeCloseTo(2.851689375 * 1.35, 9);
		expect(earns.csmPercent).toBeCloseTo(2.851689375 * 1.7, 9);
		expect(earns.stethPercent).toBeCloseTo(2.851689375 * 0.9, 9);
		expect(earns.rethPercent).toBeCloseTo(2.851689375 * 0.86, 9);
	});
});
