import { describe, expect, it } from 'vitest';
import { leverageFigures } from './leverageFigures';

const f = leverageFigures();

describe('leverageFigures', () => {
	it('the thread: 1 ETH own, 9 delegated, 10 steered, 10×', () => {
		expect(f.thread).toEqual({ own: 1, delegated: 9, leverage: 10 });
		expect(f.threadControlled).toBe(10);
	});

	it('bonds: 16 → 2×, 8 → 4×, 4 → 8×; CSM 13.3× and 24.6×, ICS 21.3×, Tezos 13×, curated ∞', () => {
		expect(f.bonded).toEqual({ solo: 1, rp16: 2, rp8: 4, rp4: 8 });
		expect(f.today.csmFirst).toBeCloseTo(13.333, 3);
		expect(f.today.csmNext).toBeCloseTo(24.615, 3);
		expect(f.today.csmIcsFirst).toBeCloseTo(21.333, 3);
		expect(f.today.tezos).toBe(13);
		expect(f.today.curated).toBe(Infinity);
		expect(f.maxEffectiveBalanceEth).toBe(2048);
	});

	it('Cardano, epoch 538: saturation 75.13M ada, a 100k pledge reaches it at 751×; 57.9 % delegated', () => {
		expect(f.cardano.snapshot.epoch).toBe(538);
		expect(f.cardano.saturation).toBeCloseTo(75_132_611.39, 2);
		expect(f.cardano.leverageAtSaturation).toBeCloseTo(751.33, 2);
		expect(f.cardano.k.value).toBe(500);
		expect(f.cardano.genesisK.value).toBe(150);
		expect(f.cardano.delegatedShare).toBeCloseTo(0.5794, 4);
		expect(f.cardano.saturablePools).toBeCloseTo(289.69, 2);
	});

	it('CSM permissionless operator: 58.34 % of 6 % = 3.5 % of its validators’ rewards', () => {
		expect(f.earns.csmOperatorFeePercent).toBeCloseTo(3.5004, 10);
	});
});
