import { describe, expect, it } from 'vitest';
import { rewardsFigures } from './rewardsFigures';

const f = rewardsFigures();

describe('rewardsFigures (epoch 538)', () => {
	it('derives the pot: 3599/3600 · 0.003 · 7,433,694,305.9 + 93,384.75 = 22,388,272.9 ada; R = 17,910,618.3', () => {
		expect(f.pot.eta).toBeCloseTo(3599 / 3600, 15);
		expect(f.pot.expansionAda).toBeCloseTo(22_294_888.172487, 6);
		expect(f.pot.potAda).toBeCloseTo(22_388_272.922723, 6);
		expect(f.pot.treasuryAda).toBeCloseTo(4_477_654.584544, 6);
		expect(f.pot.rewardPotAda).toBeCloseTo(17_910_618.338179, 6);
	});

	it('saturation 75.13M ada; 57.9 % delegated fills about 290 pools of k = 500', () => {
		expect(f.saturation).toBeCloseTo(75_132_611.39, 2);
		expect(f.delegatedShare).toBeCloseTo(0.5794, 4);
		expect(Math.round(f.saturablePools)).toBe(290);
	});

	it('a zero-pledge saturated pool forfeits a0 / (1 + a0) = 23.08 % of the most a pool can earn', () => {
		expect(f.forfeited).toBeCloseTo(0.3 / 1.3, 12);
		expect(f.typical.delegatorYieldPercent).toBeCloseTo(2.60018, 4);
		expect(f.zeroPledge.delegatorYieldPercent).toBeCloseTo(2.59601, 4);
		expect(f.epochsPerYear).toBe(73.05);
	});
});
