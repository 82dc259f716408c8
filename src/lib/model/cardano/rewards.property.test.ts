import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRational as q } from '../exact/parseRational';
import { compare, rational, toNumber, ZERO } from '../exact/rational';
import { maxPoolFast, memberRewardFast, operatorRewardFast } from './fast';
import { maxPool, maxPoolRational } from './maxPool';
import { memberReward } from './memberReward';
import { operatorReward } from './operatorReward';
import { rewardOnePool } from './rewardOnePool';

const TOTAL = 37_500_000_000_000_000n;
const ACTIVE = 21_600_000_000_000_000n;
const R = 18_000_000_000_000n;
const a0Arb = fc.integer({ min: 0, max: 1000 }).map((n) => rational(BigInt(n), 1000n));
const kArb = fc.integer({ min: 1, max: 2000 });
const stakeArb = fc.bigInt(1n, 200_000_000_000_000n);

describe('Cardano reward invariants', () => {
	it('operator + members ≤ pool reward ≤ R/k when apparent performance ≤ 1', () => {
		fc.assert(
			fc.property(
				kArb,
				a0Arb,
				fc.array(fc.bigInt(0n, 50_000_000_000_000n), { minLength: 1, maxLength: 6 }),
				fc.bigInt(0n, 50_000_000_000_000n),
				fc.bigInt(0n, 1_000_000_000n),
				fc.integer({ min: 0, max: 100 }),
				fc.integer({ min: 1, max: 1000 }),
				(k, a0, members, ownerStake, cost, marginPct, perMille) => {
					const poolStake = ownerStake + members.reduce((a, b) => a + b, 0n);
					fc.pre(poolStake > 0n);
					// blocks chosen so that p̄ = β/σ_a ≤ 1
					const expected = (poolStake * 21_600n) / ACTIVE;
					const blocksMade = (expected * BigInt(perMille)) / 1000n;
					const base = {
						R,
						k,
						a0,
						totalStake: TOTAL,
						activeStake: ACTIVE,
						poolStake,
						ownerStake,
						pledge: ownerStake,
						cost,
						margin: rational(BigInt(marginPct), 100n),
						blocksMade,
						blocksTotal: 21_600n,
						d: ZERO
					};
					const pool = rewardOnePool({ ...base, memberStake: 0n });
					const paidToMembers = members
						.map((memberStake) => rewardOnePool({ ...base, memberStake }).memberReward)
						.reduce((a, b) => a + b, 0n);
					expect(compare(pool.apparentPerformance, rational(1n)) <= 0).toBe(true);
					expect(pool.operatorReward + paidToMembers).toBeLessThanOrEqual(pool.poolReward);
					expect(pool.poolReward).toBeLessThanOrEqual(R / BigInt(k));
				}
			)
		);
	});

	it('maxPool never falls as the pledge of a saturated pool rises to z0', () => {
		fc.assert(
			fc.property(
				kArb,
				a0Arb,
				fc.bigInt(0n, 10n ** 6n),
				fc.bigInt(0n, 10n ** 6n),
				(k, a0, x, y) => {
					const z0 = rational(1n, BigInt(k));
					const [lo, hi] = x < y ? [x, y] : [y, x];
					const pledge = (n: bigint) => rational(n, BigInt(k) * 10n ** 6n); // n/10^6 of z0
					const sigma = z0;
					expect(maxPool(R, k, a0, sigma, pledge(lo))).toBeLessThanOrEqual(
						maxPool(R, k, a0, sigma, pledge(hi))
					);
				}
			)
		);
	});

	it('maxPool never falls as a fully pledged (private) pool grows to saturation', () => {
		fc.assert(
			fc.property(
				kArb,
				a0Arb,
				fc.bigInt(0n, 10n ** 6n),
				fc.bigInt(0n, 10n ** 6n),
				(k, a0, x, y) => {
					const [lo, hi] = x < y ? [x, y] : [y, x];
					const share = (n: bigint) => rational(n, BigInt(k) * 10n ** 6n);
					expect(maxPool(R, k, a0, share(lo), share(lo))).toBeLessThanOrEqual(
						maxPool(R, k, a0, share(hi), share(hi))
					);
				}
			)
		);
	});

	it('maxPool of an unsaturated pool can fall as pledge rises: σ = z0/4, pledge z0/6 → z0/4', () => {
		// f(p) = p·(σ − p(z0 − σ)/z0) peaks at p = σ·z0 / (2(z0 − σ)) = z0/6 when σ = z0/4.
		// p = 1/3000: factor2 = 1/2000 + (1/3000)(3/10)(1/8) = 41/80000 → 18e13/13 · 41/80000
		// p = 1/2000: factor2 = 1/2000 + (1/2000)(3/10)(1/16) = 163/320000 → 18e13/13 · 163/320000
		const sigma = q('1/2000');
		const lower = maxPool(R, 500, q('3/10'), sigma, q('1/3000'));
		const higher = maxPool(R, 500, q('3/10'), sigma, q('1/2000'));
		expect(lower).toBe(7_096_153_846n);
		expect(higher).toBe(7_052_884_615n);
	});
});

describe('fast mode tracks exact mode', () => {
	it('maxPoolFast agrees with the exact rational maxPool to 1e-9 relative', () => {
		fc.assert(
			fc.property(
				kArb,
				a0Arb,
				stakeArb,
				stakeArb,
				fc.option(fc.integer({ min: 1, max: 10_000 })),
				(k, a0, s, p, L) => {
					const [pool, pledgeStake] = s >= p ? [s, p] : [p, s];
					const sigma = rational(pool, TOTAL);
					const pledge = rational(pledgeStake, TOTAL);
					const cap = L === null ? undefined : rational(BigInt(L));
					const exact = toNumber(maxPoolRational(R, k, a0, sigma, pledge, cap));
					const fast = maxPoolFast(
						Number(R),
						k,
						toNumber(a0),
						toNumber(sigma),
						toNumber(pledge),
						L ?? undefined
					);
					expect(Math.abs(fast - exact)).toBeLessThanOrEqual(1e-9 * Math.abs(exact));
				}
			)
		);
	});

	it('operator and member rewards agree to 1e-9 relative beyond the ledger floor of one lovelace', () => {
		fc.assert(
			fc.property(
				fc.bigInt(0n, 100_000_000_000n),
				fc.bigInt(0n, 1_000_000_000n),
				fc.integer({ min: 0, max: 1000 }),
				stakeArb,
				stakeArb,
				(reward, cost, marginPerMille, a, b) => {
					const [poolStake, part] = a >= b ? [a, b] : [b, a];
					const margin = rational(BigInt(marginPerMille), 1000n);
					const m = marginPerMille / 1000;
					const args = [Number(reward), Number(cost), m, Number(part), Number(poolStake)] as const;
					for (const [exact, fast] of [
						[operatorReward(reward, cost, margin, part, poolStake), operatorRewardFast(...args)],
						[memberReward(reward, cost, margin, part, poolStake), memberRewardFast(...args)]
					] as const) {
						const diff = fast - Number(exact);
						expect(diff).toBeGreaterThanOrEqual(-1e-9 * Number(exact));
						expect(diff).toBeLessThan(1 + 1e-9 * Number(exact));
					}
				}
			)
		);
	});
});
