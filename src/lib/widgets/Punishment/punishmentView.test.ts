import { describe, expect, it } from 'vitest';
import { punishmentSchema } from '../../scenario/punishment';
import { currentDefaults } from '../../scenario/schema';
import { punishmentPreview } from './punishmentPreview';
import { punishmentSummary } from './punishmentSummary';
import { punishmentView } from './punishmentView';
import { slashingTable } from './slashingTable';
import { windowRows } from './windowRows';

const defaults = currentDefaults(punishmentSchema);

describe('punishmentView windows', () => {
	it('1M ETH ahead at 256 ETH an epoch: ceil(1,000,032 / 256) = 3907 → 4167 epochs = 18.52 days', () => {
		const [ethereum, cosmos, tezos, cardano] = punishmentView(defaults).designs;
		expect(ethereum.operatorDays).toBeCloseTo(18.52, 10);
		expect(ethereum.delegatorDays).toBe(ethereum.operatorDays);
		expect([cosmos.operatorDays, cosmos.delegatorDays]).toEqual([21, 21]);
		expect([tezos.operatorDays, tezos.delegatorDays]).toEqual([2, 0]);
		expect([cardano.operatorDays, cardano.delegatorDays]).toEqual([0, 0]);
	});

	it('an empty queue frees Ethereum stake after 261 epochs = 1.16 days', () => {
		const [ethereum] = punishmentView({ ...defaults, queueEth: 0 }).designs;
		expect(ethereum.operatorDays).toBeCloseTo(1.16, 10);
	});

	it('on day 7 Ethereum and Cosmos stake is punishable, Tezos and Cardano stake is not', () => {
		const flags = punishmentView(defaults).designs.map((d) => [
			d.isOperatorPunishable,
			d.isDelegatorPunishable
		]);
		expect(flags).toEqual([
			[true, true],
			[true, true],
			[false, false],
			[false, false]
		]);
	});

	it('on day 21 the Cosmos unbonding is over, on day 1 the Tezos baker still answers', () => {
		expect(punishmentView({ ...defaults, day: 21 }).designs[1].isOperatorPunishable).toBe(false);
		const day1 = punishmentView({ ...defaults, day: 1 }).designs[2];
		expect([day1.isOperatorPunishable, day1.isDelegatorPunishable]).toEqual([true, false]);
	});

	it('windowRows gives eight rows, Cardano never slashable', () => {
		const rows = windowRows(punishmentView(defaults));
		expect(rows).toHaveLength(8);
		expect(rows[0].text).toBe('18.5 days · punishable');
		expect(rows[4].text).toBe('2 days · out of reach');
		expect(rows[6].text).toBe('never slashable');
	});
});

describe('punishmentView slashing', () => {
	// T = 34M ETH, 10 % slashed together: A = 3 · 3.4M = 10.2M ETH.
	// Legacy: 1 ETH + floor(32 · 10.2 / 34) = 1 + 9 = 10 ETH.
	// Electra: 32/4096 + (10.2e15 // 34e6) · 32 Gwei = 0.0078125 + 9.6 = 9.6078125 ETH.
	it('a 32 ETH validator slashed with 10 % of stake loses 10 ETH (legacy) and 9.6078 ETH (Electra)', () => {
		const [legacy, electra] = punishmentView(defaults).formulas;
		expect(legacy.lossEth).toBe(10);
		expect(electra.lossEth).toBeCloseTo(9.6078125, 9);
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
		expect(rows.find((r) => r.isCurrent)?.legacyEth).toBe(3);
	});
});

describe('punishmentSummary and preview', () => {
	it('says which designs can still punish on the day', () => {
		expect(punishmentSummary(defaults)).toBe(
			'Evidence decidable on day 7 can still punish stake on Ethereum (operator and delegators), Cosmos SDK (operator and delegators). With 1M ETH queued to exit, Ethereum stake stays slashable for 18.5 days. A 32 ETH validator slashed with 10 % of all stake loses 10 ETH under the legacy formula and 9.608 ETH under Electra’s.'
		);
	});
	it('the preview fits its limits', () => {
		const preview = punishmentPreview(defaults);
		expect(preview.title.length).toBeLessThanOrEqual(80);
		expect(preview.description.length).toBeLessThanOrEqual(250);
		expect(preview.chart.rows).toHaveLength(8);
	});
});
