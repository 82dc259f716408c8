import { describe, expect, it } from 'vitest';
import { parseRational as q } from '../exact/parseRational';
import { formatRational, ZERO } from '../exact/rational';
import { apparentPerformance } from './apparentPerformance';
import { cip50Original2022 } from './cip50Original2022';
import { maxPool } from './maxPool';
import { memberReward } from './memberReward';
import { operatorReward } from './operatorReward';
import { poolReward } from './poolReward';
import { rewardOnePool, type PoolEpoch } from './rewardOnePool';
import { rewardPot } from './rewardPot';

const mainnet = {
	rho: q('3/1000'),
	tau: q('1/5'),
	slotsPerEpoch: 432_000n,
	activeSlotCoeff: q('1/20'),
	d: ZERO
};

describe('rewardPot', () => {
	it('rewardPot(epoch 538) gives R = 17,910,618,338,179 lovelace (formulas.md §2, CF statistics)', () => {
		const pot = rewardPot({
			...mainnet,
			reserves: 7_433_694_305_914_142n,
			fees: 93_384_750_236n,
			blocksMade: 21_594n
		});
		expect(pot.expectedBlocks).toBe(21_600n);
		expect(formatRational(pot.eta)).toBe('3599/3600');
		expect(pot.rewardPot).toBe(22_388_272_922_723n);
		expect(pot.deltaT1).toBe(4_477_654_584_544n);
		expect(pot.R).toBe(17_910_618_338_179n);
	});
	it('rewardPot caps eta at 1: 21,700 blocks take exactly ρ · reserves', () => {
		const pot = rewardPot({ ...mainnet, reserves: 7n * 10n ** 15n, fees: 0n, blocksMade: 21_700n });
		expect(pot.deltaR1).toBe(21n * 10n ** 12n);
	});
	it('rewardPot with d ≥ 4/5 sets eta to 1 whatever the blocks', () => {
		const pot = rewardPot({
			...mainnet,
			d: q('4/5'),
			reserves: 10n ** 15n,
			fees: 0n,
			blocksMade: 1n
		});
		expect(formatRational(pot.eta)).toBe('1');
		expect(pot.deltaR1).toBe(3n * 10n ** 12n);
	});
});

describe('maxPool', () => {
	it('maxPool(1000, 10, 0, 1/10, 1/1000) is 100, and 50 with L = 50 (ledger SnapShotsSpec)', () => {
		expect(maxPool(1000n, 10, ZERO, q('1/10'), q('1/1000'))).toBe(100n);
		expect(maxPool(1000n, 10, ZERO, q('1/10'), q('1/1000'), q('50'))).toBe(50n);
	});
	it('maxPool of a saturated fully pledged pool is exactly R / k', () => {
		expect(maxPool(18n * 10n ** 12n, 500, q('3/10'), q('1/500'), q('1/500'))).toBe(36n * 10n ** 9n);
	});
	it('maxPool of a saturated zero-pledge pool is floor(R / k / 1.3) = 27,692,307,692', () => {
		expect(maxPool(18n * 10n ** 12n, 500, q('3/10'), q('1/500'), ZERO)).toBe(27_692_307_692n);
	});
	it('maxPool with a leverage cap gives zero pledge nothing (CIP-50)', () => {
		expect(maxPool(18n * 10n ** 12n, 500, q('3/10'), q('1/500'), ZERO, q('100'))).toBe(0n);
	});
	it('maxPool takes k below 1 as 1, as the ledger does (z0 = 1 / max 1 nOpt)', () => {
		// z0 = 1, σ' = 1/2, p' = 0, a0 = 0: R · 1/2 = 500.
		for (const k of [0, 0n, -3]) expect(maxPool(1000n, k, ZERO, q('1/2'), ZERO)).toBe(500n);
	});
});

describe('apparentPerformance', () => {
	it('apparentPerformance of a 500 ada pool making 1 of 21,600 blocks is 2000', () => {
		const p = apparentPerformance(ZERO, 1n, 21_600n, 500_000_000n, 21_600_000_000_000_000n);
		expect(formatRational(p)).toBe('2000');
	});
	it('apparentPerformance is 1 when d ≥ 4/5 and 0 for an empty pool', () => {
		expect(formatRational(apparentPerformance(q('4/5'), 3n, 21_600n, 1n, 2n))).toBe('1');
		expect(formatRational(apparentPerformance(ZERO, 3n, 21_600n, 0n, 2n))).toBe('0');
	});
});

describe('pool split (ledger PoolLifetime golden test)', () => {
	const [f, c, m] = [12_693_333_333n, 5n, q('1/10')];
	const poolStake = 10_999_999_999_999_722n;
	it('operatorReward is 11,654,787,878', () => {
		expect(operatorReward(f, c, m, 9_999_999_999_999_722n, poolStake)).toBe(11_654_787_878n);
	});
	it('memberReward is 1,038,545,454', () => {
		expect(memberReward(f, c, m, 1_000_000_000_000_000n, poolStake)).toBe(1_038_545_454n);
	});
	it('poolReward(36,924,406, 10) is 369,244,060 and the operator keeps it all at cost ≥ it', () => {
		const reward = poolReward(36_924_406n, q('10'));
		expect(reward).toBe(369_244_060n);
		expect(operatorReward(reward, reward, m, 1n, 10n)).toBe(reward);
		expect(memberReward(reward, reward, m, 1n, 10n)).toBe(0n);
	});
});

describe('rewardOnePool', () => {
	const pool: PoolEpoch = {
		R: 18n * 10n ** 12n,
		k: 500,
		a0: q('3/10'),
		totalStake: 375n * 10n ** 14n,
		activeStake: 216n * 10n ** 14n,
		poolStake: 30n * 10n ** 12n,
		ownerStake: 300n * 10n ** 9n,
		pledge: 300n * 10n ** 9n,
		cost: 170_000_000n,
		margin: q('1/50'),
		memberStake: 50n * 10n ** 9n,
		blocksMade: 30n,
		blocksTotal: 21_600n,
		d: ZERO
	};
	it('rewardOnePool of a 30M ada pool with 300k pledge pays 11,090,135,630 lovelace', () => {
		const rewards = rewardOnePool(pool);
		expect(rewards.maxPool).toBe(11_090_135_630n);
		expect(rewards.operatorReward).toBe(495_420_041n);
		expect(rewards.memberReward).toBe(17_836_221n);
	});
	it('rewardOnePool pays nobody when the owners hold less than the pledge', () => {
		const rewards = rewardOnePool({ ...pool, ownerStake: 200n * 10n ** 9n });
		expect(rewards.isPledgeMet).toBe(false);
		expect([rewards.poolReward, rewards.operatorReward, rewards.memberReward]).toEqual([
			0n,
			0n,
			0n
		]);
	});
	it('rewardOnePool pays nobody when the pool made no block', () => {
		const rewards = rewardOnePool({ ...pool, blocksMade: 0n });
		expect([rewards.poolReward, rewards.operatorReward, rewards.memberReward]).toEqual([
			0n,
			0n,
			0n
		]);
	});
});

describe('cip50Original2022', () => {
	it('cip50Original2022(18M ada, 500, 100, 1/500, 1/375000) is R/3750 = 4,800 ada', () => {
		expect(cip50Original2022(18n * 10n ** 12n, 500, q('100'), q('1/500'), q('1/375000'))).toBe(
			4_800_000_000n
		);
	});
	it('takes k below 1 as 1: R · min(σ, L·λ, 1) = 1000 · min(1/2, 100/1000) = 100', () => {
		for (const k of [0, 1])
			expect(cip50Original2022(1000n, k, q('100'), q('1/2'), q('1/1000'))).toBe(100n);
		// With k = 2 the cap 1/k = 1/2 is above L·λ = 1/10 too, so the answer stays 100; at k = 20 it is 50.
		expect(cip50Original2022(1000n, 20, q('100'), q('1/2'), q('1/1000'))).toBe(50n);
	});
});
