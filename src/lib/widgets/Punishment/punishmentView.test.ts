import { describe, expect, it } from 'vitest';
import { punishmentSchema } from '../../scenario/punishment';
import { currentDefaults } from '../../scenario/schema';
import { punishmentPreview } from './punishmentPreview';
import { punishmentSummary } from './punishmentSummary';
import { designOf, formulaOf, punishmentView } from './punishmentView';
import { slashingTable } from './slashingTable';
import { windowRows } from './windowRows';

const defaults = currentDefaults(punishmentSchema);

describe('punishmentView windows', () => {
	it('1M ETH ahead at 256 ETH an epoch: ceil(1,000,032 / 256) = 3907 → 4167 epochs = 18.52 days', () => {
		const view = punishmentView(defaults);
		const [ethereum, cosmos, tezos, cardano] = (
			['ethereum', 'cosmos', 'tezos', 'cardano'] as const
		).map((id) => designOf(view, id));
		expect(ethereum.operatorDays).toBeCloseTo(18.52, 10);
		expect(ethereum.delegatorDays).toBe(ethereum.operatorDays);
		// CometBFT defaults: evidence older than both 48 h and 100,000 blocks (27.8 h at 1 s) is refused.
		expect([cosmos.operatorDays, cosmos.delegatorDays]).toEqual([2, 2]);
		expect([tezos.operatorDays, tezos.delegatorDays]).toEqual([2, 0]);
		expect([cardano.operatorDays, cardano.delegatorDays]).toEqual([0, 0]);
	});

	it('an empty queue frees Ethereum stake after 261 epochs = 1.16 days', () => {
		const ethereum = designOf(punishmentView({ ...defaults, queueEth: 0 }), 'ethereum');
		expect(ethereum.operatorDays).toBeCloseTo(1.16, 10);
	});

	it('on day 7 Ethereum and Polkadot stake is punishable: Cosmos and Tezos evidence is too old, Cardano has none', () => {
		const flags = punishmentView(defaults).designs.map((d) => [
			d.isOperatorPunishable,
			d.isDelegatorPunishable
		]);
		expect(flags).toEqual([
			[true, true],
			[false, false],
			[true, true],
			[false, false],
			[false, false]
		]);
	});

	it('on day 1 Cosmos delegators and the Tezos baker still answer; on day 2 neither does', () => {
		const day1 = punishmentView({ ...defaults, day: 1 });
		expect(designOf(day1, 'cosmos').isDelegatorPunishable).toBe(true);
		const tezos = designOf(day1, 'tezos');
		expect([tezos.isOperatorPunishable, tezos.isDelegatorPunishable]).toEqual([true, false]);
		const day2 = punishmentView({ ...defaults, day: 2 });
		expect(designOf(day2, 'cosmos').isOperatorPunishable).toBe(false);
		expect(designOf(day2, 'tezos').isOperatorPunishable).toBe(false);
	});

	it('windowRows gives ten rows, Polkadot 28 days, Cardano never slashable', () => {
		const rows = windowRows(punishmentView(defaults));
		const text = (key: string) => rows.find((r) => r.key === key)?.text;
		expect(rows).toHaveLength(10);
		expect(text('ethereum-operator')).toBe('18.5 days · punishable');
		expect(text('cosmos-operator')).toBe('2 days · out of reach');
		expect(text('polkadot-delegators')).toBe('28 days · punishable');
		expect(text('tezos-operator')).toBe('2 days · out of reach');
		expect(text('cardano-operator')).toBe('never slashable');
	});
});

describe('punishmentView slashing', () => {
	// T = 34M ETH, 10 % slashed together: A = 3 · 3.4M = 10.2M ETH.
	// Legacy: 1 ETH + floor(32 · 10.2 / 34) = 1 + 9 = 10 ETH.
	// Electra: 32/4096 + (10.2e15 // 34e6) · 32 Gwei = 0.0078125 + 9.6 = 9.6078125 ETH.
	it('a 32 ETH validator slashed with 10 % of stake loses 10 ETH (legacy) and 9.6078 ETH (Electra)', () => {
		const view = punishmentView(defaults);
		const legacy = formulaOf(view, 'legacy');
		const electra = formulaOf(view, 'electra');
		expect(legacy.lossEth).toBe(10);
		expect([legacy.initialEth, legacy.correlationEth]).toEqual([1, 9]);
		expect(electra.lossEth).toBeCloseTo(9.6078125, 9);
		expect([electra.initialEth, electra.correlationEth]).toEqual([0.0078125, 9.6]);
	});

	// 1 % slashed: A = 1.02M ETH. Legacy correlation floor(32 · 1.02 / 34) = floor(0.96) = 0;
	// Electra (1.02e15 // 34e6) · 32 = 30,000,000 · 32 Gwei = 0.96 ETH.
	it('legacy zeroes the correlation part at small shares but its 1 ETH initial penalty makes it cost more', () => {
		for (const percent of [0.01, 1, 2, 3]) {
			const view = punishmentView({ ...defaults, slashedPercent: percent });
			const legacy = formulaOf(view, 'legacy');
			const electra = formulaOf(view, 'electra');
			expect(legacy.initialEth).toBe(1);
			expect(electra.initialEth).toBe(0.0078125);
			expect(legacy.correlationEth).toBeLessThanOrEqual(electra.correlationEth);
			expect(legacy.lossEth).toBeGreaterThanOrEqual(electra.lossEth);
		}
		const one = punishmentView({ ...defaults, slashedPercent: 1 });
		expect(formulaOf(one, 'legacy').correlationEth).toBe(0);
		expect(formulaOf(one, 'electra').correlationEth).toBeCloseTo(0.96, 12);
	});

	it('at every share from 0 to 1/2 the legacy loss is at least the Electra loss', () => {
		const view = punishmentView(defaults);
		const electra = formulaOf(view, 'electra').points;
		formulaOf(view, 'legacy').points.forEach(([share, loss], i) => {
			expect(electra[i][0]).toBe(share);
			expect(loss).toBeGreaterThanOrEqual(electra[i][1]);
		});
	});

	it('an isolated slashing costs 1.0533 ETH (legacy) and 0.06476 ETH (Electra) with its missed duties', () => {
		const { legacy, electra } = punishmentView(defaults).isolated;
		expect(legacy.totalEth).toBeCloseTo(1.053297586, 9);
		expect(electra).toMatchObject({
			initialEth: 0.0078125,
			missedDutiesEth: 0.05685248,
			correlationEth: 0.000090336
		});
		expect(electra.totalEth).toBeCloseTo(0.064755316, 9);
		expect(electra.days).toBeCloseTo(36.41, 2);
	});

	it('liveness: 34 % offline leak 0.2505 ETH each over 2.28 days; half offline lose 15.25 ETH to ejection', () => {
		const { overThird, half } = punishmentView(defaults).liveness;
		expect(overThird.days).toBeCloseTo(512 / 225, 12);
		expect(overThird.lossEth).toBeCloseTo(0.2505, 4);
		expect(half.days).toBeCloseTo(4685 / 225, 12);
		expect(half.lossEth).toBeCloseTo(15.2503, 4);
	});

	it('from one third on, both formulas take everything the validator has left', () => {
		const view = punishmentView({ ...defaults, slashedPercent: 40 });
		expect(view.formulas[0].lossEth).toBe(32);
		expect(view.formulas[1].lossEth).toBe(32);
		for (const f of view.formulas) {
			const third = f.points.find(([s]) => s === 1 / 3);
			expect(third?.[1]).toBe(32);
		}
	});

	it('slashingTable marks the reader’s share among the fixed ones', () => {
		const rows = slashingTable(punishmentView({ ...defaults, slashedPercent: 2.5 }));
		expect(rows.map((r) => r.share)).toEqual([0, 0.01, 0.025, 0.05, 0.1, 0.2, 1 / 3, 0.5]);
		const current = rows.find((r) => r.isCurrent);
		expect(current?.legacyEth).toBe(3);
		expect([current?.legacyInitialEth, current?.legacyCorrelationEth]).toEqual([1, 2]);
	});
});

describe('punishmentSummary and preview', () => {
	it('says which designs can still punish on the day', () => {
		expect(punishmentSummary(defaults)).toBe(
			'Evidence decidable on day 7 can still punish stake on Ethereum (operator and delegators), Polkadot (operator and delegators). With 1M ETH queued to exit, Ethereum stake stays slashable for 18.5 days. A 32 ETH validator slashed with 10 % of all stake loses 10 ETH under the legacy formula (1 initial + 9 correlation) and 9.608 ETH under Electra’s (0.00781 + 9.6).'
		);
	});
	it('the preview fits its limits', () => {
		const preview = punishmentPreview(defaults);
		expect(preview.title.length).toBeLessThanOrEqual(80);
		expect(preview.description.length).toBeLessThanOrEqual(250);
		expect(preview.chart.rows).toHaveLength(10);
	});
});
