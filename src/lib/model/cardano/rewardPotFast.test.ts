import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRational as q } from '../exact/parseRational';
import { rational, ZERO } from '../exact/rational';
import { rewardPot } from './rewardPot';
import { rewardPotFast } from './rewardPotFast';

describe('rewardPotFast', () => {
	it('rewardPotFast(epoch 538, in ada) gives R ≈ 17,910,618.338 ada', () => {
		const pot = rewardPotFast(7_433_694_305.914142, 93_384.750236, 0.003, 0.2, 21_594, 21_600);
		expect(pot.R).toBeCloseTo(17_910_618.338179, 5);
	});

	it('rewardPotFast caps η at 1', () => {
		expect(rewardPotFast(1000, 0, 0.003, 0.2, 21_700, 21_600).deltaR1).toBeCloseTo(3, 12);
	});

	// Mainnet-scale pots (≥ 10^12 lovelace), where the ledger's 1-lovelace floors are below 1e-9.
	it('rewardPotFast tracks the exact rewardPot to 1e-9 relative', () => {
		fc.assert(
			fc.property(
				fc.bigInt(10n ** 15n, 14n * 10n ** 15n),
				fc.bigInt(0n, 10n ** 12n),
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 10, max: 30 }),
				fc.integer({ min: 10_000, max: 23_000 }),
				(reserves, fees, rhoPerMille, tauPct, blocks) => {
					const exact = rewardPot({
						reserves,
						fees,
						rho: rational(BigInt(rhoPerMille), 1000n),
						tau: rational(BigInt(tauPct), 100n),
						blocksMade: BigInt(blocks),
						slotsPerEpoch: 432_000n,
						activeSlotCoeff: q('1/20'),
						d: ZERO
					});
					const fast = rewardPotFast(
						Number(reserves),
						Number(fees),
						rhoPerMille / 1000,
						tauPct / 100,
						blocks,
						21_600
					);
					expect(Math.abs(fast.R - Number(exact.R))).toBeLessThanOrEqual(1e-9 * Number(exact.R));
				}
			)
		);
	});
});
