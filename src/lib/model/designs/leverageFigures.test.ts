import { describe, expect, it } from 'vitest';
import { leverageFigures } from './leverageFigures';

describe('leverageFigures', () => {
	const today = leverageFigures();
	it('thread 10×, Rocket Pool megapool 8×, CSM 13.3× for one key and 24.6× at the margin', () => {
		expect(today.thread).toBe(10);
		expect(today.rocketPoolMegapool).toBe(8);
		expect(today.csmFirstKey).toBeCloseTo(32 / 2.4, 12);
		expect(today.csmMarginal).toBeCloseTo(32 / 1.3, 12);
		expect(today.csmIcsFirstKey).toBeCloseTo(21.333, 3);
	});
	it('Lido curated v1 has no bond, so unbounded leverage; Tezos 1 + 9 + 9/3 = 13', () => {
		expect(today.lidoCurated).toBe(Infinity);
		expect(today.tezos).toBe(13);
	});
	it('Curated v2: 18 keys on 11 + 17 × 0.1 = 12.7 ETH; 45.4× at 32 ETH, 2,903× at 2048 ETH a key', () => {
		expect(today.curatedV2Bond).toBeCloseTo(12.7, 12);
		expect(today.curatedV2At32).toBeCloseTo(576 / 12.7, 9);
		expect(Math.round(today.curatedV2At2048)).toBe(2903);
	});
});
