import { describe, expect, it } from 'vitest';
import { punishmentFigures } from './punishmentFigures';

const f = punishmentFigures();

describe('punishmentFigures', () => {
	it('windows: 18.52 days on Ethereum behind 1M ETH, 2 days of Cosmos evidence, 2 of Tezos', () => {
		expect(f.ethereumDays).toBeCloseTo(18.52, 10);
		expect(f.cosmos.stakedDays).toBe(2);
		expect(f.cosmos.unbondingDays).toBe(21);
		expect(f.tezos.stakedDays).toBe(2);
		expect([f.polkadotDays, f.polkadotDeferDays]).toEqual([28, 27]);
		expect(f.windowDays).toBeCloseTo(36.41, 2);
		expect(f.halfWindowDays).toBeCloseTo(18.2, 2);
	});

	it('1 % slashed: legacy 1 + 0 ETH, Electra 0.0078125 + 0.96 ETH', () => {
		expect([f.small.legacy.initialEth, f.small.legacy.correlationEth]).toEqual([1, 0]);
		expect(f.small.electra.initialEth).toBe(0.0078125);
		expect(f.small.electra.correlationEth).toBeCloseTo(0.96, 12);
	});

	it('34 % slashed: both lose all 32 ETH', () => {
		expect(f.third.legacy.lossEth).toBe(32);
		expect(f.third.electra.lossEth).toBe(32);
	});

	it('quotients 32 and 4096, ejection at 16 ETH, largest validator 2048 ETH', () => {
		expect(f.quotient).toEqual({ legacy: 32, electra: 4096 });
		expect(f.ejectionEth).toBe(16);
		expect(f.maxEffectiveBalanceEth).toBe(2048);
	});
});
