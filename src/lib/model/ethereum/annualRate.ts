import { baseRewardFactor, epochsPerYear } from '../params/ethereumRewards';
import { baseRewardPerIncrement } from './baseReward';

/**
 * Yearly consensus reward per staked ETH at perfect participation, from the spec's integer base
 * reward (`get_base_reward_per_increment`, weights summing to 64/64): per-increment Gwei × epochs
 * per Julian year / 10^9. https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#get_base_reward_per_increment
 * T = 34M ETH: 347 · 82,181.25 / 10^9 = 2.8517 %.
 */
export function annualRate(totalActiveBalanceGwei: bigint): number {
	return (Number(baseRewardPerIncrement(totalActiveBalanceGwei)) * epochsPerYear.value) / 1e9;
}

/**
 * The same without integer rounding: 64 · E / sqrt(T in Gwei) = 166.32 / sqrt(N ETH).
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#get_base_reward_per_increment
 * N = 34M ETH: 5,259,600 / 184,390,889.1 = 2.8524 %.
 */
export function annualRateApprox(totalActiveBalanceGwei: bigint): number {
	return (baseRewardFactor.value * epochsPerYear.value) / Math.sqrt(Number(totalActiveBalanceGwei));
}

/**
 * ETH issued per year to stakers at perfect participation: annualRateApprox · N = 166.32 · sqrt(N).
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#get_base_reward_per_increment
 * N = 34M ETH: 969,822 ETH a year.
 */
export function annualIssuanceEth(totalActiveBalanceGwei: bigint): number {
	return (annualRateApprox(totalActiveBalanceGwei) * Number(totalActiveBalanceGwei)) / 1e9;
}
