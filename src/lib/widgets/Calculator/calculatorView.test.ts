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
// CSM permissionless 23 validators (2.4 + 22 · 1.3 = 31 ≤ 32), whole 32 ETH as bond, 58.34 % of the
// module fee: r · (23 · 32 · 0.06 · 0.5834 + 32 · 0.9) = 54.5637r = 1.5559657 (4.8624 %); CSM ICS 24
// validators (1.5 + 23 · 1.3 = 31.4), full fee on 16: r · (32 · 0.06 · (16 + 8 · 0.5834) + 28.8)
// = 68.4813r = 1.9528661 (6.1027 %); stETH 0.9 · 32r = 0.8212865; rETH 0.86 · 32r = 0.7847849.
// Cardano (epoch 538), 30M ada pool pledging 400k of total 37,566,305,694.09, R = 17,910,618.338:
// maxPool = R/1.3 · (σ + a0·p·(σ − p(z0 − σ)/z0)/z0) = 11,019.8971 ada an epoch; per ada
// (11,019.90 − 170) · 0.975 / 30M · 73.05 = 2.575901 % a year.
describe('calculatorView(defaults)', () => {
	const ways = byId();

	it('lists seven ways in table order', () => {
		expect(calculatorView(defaults).ways.map((w) => w.id)).toEqual([
			'solo',
			'rocket-pool',
			'csm',
			'csm-ics',
			'steth',
			'reth',
			'cardano'
		]);
	});

	it('solo 0.9125 ETH (2.8517 %), Rocket Pool 1.2319 ETH, CSM 1.5560 ETH (4.8624 %), ICS 1.9529 ETH', () => {
		expect(ways.solo.yearly).toBeCloseTo(0.9125406, 6);
		expect(ways.solo.yieldPercent).toBeCloseTo(2.851689, 5);
		expect(ways['rocket-pool'].yearly).toBeCloseTo(1.2319298, 6);
		expect(ways.csm.yearly).toBeCloseTo(1.5559657, 6);
		expect(ways.csm.yieldPercent).toBeCloseTo(4.8623927, 6);
		expect(ways.csm.setup).toBe('23 validators (paid 58.3 % of the module fee)');
		expect(ways['csm-ics'].yearly).toBeCloseTo(1.9528661, 6);
		expect(ways['csm-ics'].yieldPercent).toBeCloseTo(6.1027065, 6);
		expect(ways['csm-ics'].setup).toBe('24 validators (paid the whole module fee on the first 16)');
	});

	it('stETH nets 0.8213 ETH, rETH 0.7848 ETH, 100k delegated ada 2,575.9 ada (2.5759 %)', () => {
		expect(ways.steth.yearly).toBeCloseTo(0.8212865, 6);
		expect(ways.reth.yearly).toBeCloseTo(0.7847849, 6);
		expect(ways.cardano.yearly).toBeCloseTo(2575.901, 2);
		expect(ways.cardano.yieldPercent).toBeCloseTo(2.575901, 5);
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
		expect(ways.csm.setup).toBe('6 validators (paid 58.3 % of the module fee)');
		expect(ways['csm-ics'].setup).toBe('7 validators (paid the whole module fee on the first 16)');
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
			'With 32 ETH, 34M ETH staked in all, and 100k ada, a year pays: Ethereum solo validator 0.913 ETH (2.85 %), Rocket Pool node 1.232 ETH (3.85 %), Lido CSM operator 1.556 ETH (4.86 %), Lido CSM identified staker 1.953 ETH (6.1 %), Lido stETH holder 0.821 ETH (2.57 %), Rocket Pool rETH holder 0.785 ETH (2.45 %), Cardano delegator 2,576 ada (2.58 %). Validator operators wait at least 1.16 days for their ETH after asking to exit; tokens and delegated ada can be spent at once, and only the Cardano delegator risks nothing.'
		);
	});

	it('the preview fits its limits and draws one bar per way', () => {
		const preview = calculatorPreview(defaults);
		expect(preview.title).toBe(
			'I have 32 ETH: solo 2.85 %, Rocket Pool 3.85 %, CSM 4.86 %, CSM ICS 6.1 %'
		);
		expect(preview.title.length).toBeLessThanOrEqual(80);
		expect(preview.description.length).toBeLessThanOrEqual(250);
		expect(preview.chart.marks.filter((m) => m.type === 'barX')).toHaveLength(7);
	});
});

describe('bondEarnings', () => {
	it('one validator at 34M ETH: solo 2.85 %, Rocket Pool bond 3.85 %, CSM 3.90 %, ICS 6.22 %, stETH 2.57 %', () => {
		const earns = bondEarnings();
		expect(earns.ratePercent).toBeCloseTo(2.851689375, 9);
		expect(earns.rocketPoolPercent).toBeCloseTo(2.851689375 * 1.35, 9);
		// (32 · 0.06 · 0.5834 + 2.4 · 0.9) / 2.4 = 1.36672; (32 · 0.06 + 1.5 · 0.9) / 1.5 = 2.18
		expect(earns.csmPercent).toBeCloseTo(2.851689375 * 1.36672, 9);
		expect(earns.csmIcsPercent).toBeCloseTo(2.851689375 * 2.18, 9);
		expect(earns.csmOperatorFeePercent).toBeCloseTo(3.5004, 12);
		expect(earns.stethPercent).toBeCloseTo(2.851689375 * 0.9, 9);
		expect(earns.rethPercent).toBeCloseTo(2.851689375 * 0.86, 9);
	});
});
