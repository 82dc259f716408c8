import { describe, expect, it } from 'vitest';
import { poolRewardPotAda, totalStakeAda } from '../params/cardanoPopulation';
import { cardanoSnapshot, delegatedShare, saturablePools } from './snapshot';

const snapshot = cardanoSnapshot();

describe('cardanoSnapshot (epoch 538)', () => {
	it('derives the pot with the ledger rule, to the lovelace of the Cardano Foundation recalculation', () => {
		expect(snapshot.derivation.deltaR1).toBe(22_294_888_172_487n);
		expect(snapshot.derivation.rewardPot).toBe(22_388_272_922_723n);
		expect(snapshot.derivation.deltaT1).toBe(4_477_654_584_544n);
		expect(snapshot.derivation.R).toBe(17_910_618_338_179n);
		expect(snapshot.rewardPotAda).toBeCloseTo(17_910_618.338179, 6);
	});

	it('uses 3599/3600 of the expected blocks (21,594 of 21,600)', () => {
		expect(snapshot.derivation.expectedBlocks).toBe(21_600n);
		expect(snapshot.derivation.eta).toEqual({ num: 3599n, den: 3600n });
	});

	it('total stake is 45 B − reserves = 37,566,305,694.09 ada, saturation 75,132,611.39 ada at k = 500', () => {
		expect(snapshot.totalStakeAda).toBeCloseTo(37_566_305_694.0859, 4);
		expect(snapshot.k).toBe(500);
		expect(snapshot.saturationAda).toBeCloseTo(75_132_611.388172, 4);
	});

	it('agrees with the published rounded figures of the same epoch', () => {
		expect(Math.round(snapshot.totalStakeAda)).toBe(totalStakeAda.value);
		expect(Math.round(snapshot.rewardPotAda)).toBe(poolRewardPotAda.value);
	});

	it('57.94 % of the total stake is delegated, enough to saturate 289.69 pools of k = 500', () => {
		expect(delegatedShare(snapshot)).toBeCloseTo(21_765_141_118 / snapshot.totalStakeAda, 12);
		expect(delegatedShare(snapshot)).toBeCloseTo(0.5794, 4);
		expect(saturablePools(snapshot)).toBeCloseTo(289.69, 2);
	});
});
