import { describe, expect, it } from 'vitest';
import { csmBond, csmLeverage, designById, stakingDesigns } from './index';
import { leverageToday } from './leverageToday';

const byId = Object.fromEntries(stakingDesigns.map((d) => [d.id, d]));

describe('stakingDesigns', () => {
	it.each([
		['ethereum-solo', 1],
		['rocket-pool-16', 2],
		['rocket-pool-8', 4],
		['rocket-pool-4', 8],
		['lido-csm', 32 / 1.3],
		['lido-csm-ics', 32 / 1.3],
		['polkadot', Infinity],
		['lido-curated', Infinity],
		['cosmos', Infinity],
		['tezos', 13],
		['cardano', Infinity],
		['cardano-cip50', Infinity]
	])('stakingDesigns %s has maximum leverage %d', (id, expected) => {
		expect(byId[id].maxLeverage).toBeCloseTo(expected, 12);
	});

	it.each([
		['ethereum-solo', 261 / 225],
		['cosmos', 21],
		['polkadot', 28],
		['tezos', 4],
		['cardano', 0]
	])('stakingDesigns %s locks stake for %d days', (id, days) => {
		expect(byId[id].lockDays).toBeCloseTo(days, 12);
	});

	it('only Ethereum pools, Cosmos and Polkadot can slash stake that is not the operator’s', () => {
		const slashable = stakingDesigns.filter((d) => d.isDelegatorSlashable).map((d) => d.id);
		expect(slashable).toEqual([
			'rocket-pool-16',
			'rocket-pool-8',
			'rocket-pool-4',
			'lido-csm',
			'lido-csm-ics',
			'lido-curated',
			'cosmos',
			'polkadot'
		]);
	});

	it('every design has a unique id and https sources', () => {
		expect(new Set(stakingDesigns.map((d) => d.id)).size).toBe(stakingDesigns.length);
		for (const design of stakingDesigns) {
			expect(design.sources.length).toBeGreaterThan(0);
			for (const source of design.sources) expect(source).toMatch(/^https:\/\//);
		}
	});
});

describe('csmBond', () => {
	it('csmBond(10) is 2.4 + 9 · 1.3 = 14.1 ETH and csmBond(0) is 0', () => {
		expect(csmBond(10)).toBeCloseTo(14.1, 12);
		expect(csmBond(0)).toBe(0);
	});
	it('csmLeverage(1) is 13.333333, csmLeverage(10) is 22.695035 (Ethereum vectors)', () => {
		expect(csmLeverage(1)).toBeCloseTo(13.333333, 6);
		expect(csmLeverage(10)).toBeCloseTo(22.695035, 6);
	});
	it('csmLeverage rises toward 32 / 1.3 with more validators', () => {
		const values = [1, 2, 10, 100, 1000].map((n) => csmLeverage(n));
		expect(values).toEqual([...values].sort((a, b) => a - b));
		expect(values[4]).toBeLessThan(32 / 1.3);
	});
});

describe('leverageToday', () => {
	it('solo 1×, Rocket Pool 8×, Tezos 13×, CSM 13.3×, ICS 21.3×, CSM further keys 24.6×, curated ∞', () => {
		const today = leverageToday();
		expect(today.map((d) => d.id)).toEqual([
			'solo',
			'rocket-pool-4',
			'tezos',
			'csm-first',
			'csm-ics-first',
			'csm-next',
			'lido-curated'
		]);
		const values = today.map((d) => d.leverage);
		expect(values[0]).toBe(1);
		expect(values[1]).toBe(8);
		expect(values[2]).toBe(13);
		expect(values[3]).toBeCloseTo(32 / 2.4, 12);
		expect(values[4]).toBeCloseTo(32 / 1.5, 12);
		expect(values[5]).toBeCloseTo(32 / 1.3, 12);
		expect(values[6]).toBe(Infinity);
		for (const d of today) expect(d.source).toMatch(/^https:\/\//);
	});
	it('labels each design with the bond that sets its leverage', () => {
		expect(leverageToday().map((d) => d.label)).toEqual([
			'Ethereum solo validator',
			'Rocket Pool megapool, 4 ETH bond',
			'Tezos baker, at the staking and delegation limits',
			'Lido CSM, first validator (2.4 ETH bond)',
			'Lido CSM identified staker, first validator (1.5 ETH bond)',
			'Lido CSM, each further validator (1.3 ETH bond)',
			'Lido curated operator (no bond)'
		]);
	});
});

describe('designById and the catalogue additions', () => {
	it('Polkadot bonds for 28 days and slashes nominators; the ICS curve tends to 24.6×', () => {
		expect(designById('polkadot')).toMatchObject({ lockDays: 28, isDelegatorSlashable: true });
		expect(designById('lido-csm-ics').maxLeverage).toBeCloseTo(32 / 1.3, 12);
		expect(() => designById('nope')).toThrow(RangeError);
	});
});
