import { effectiveBalanceIncrementGwei } from '../params/ethereumBalances';
import { baseRewardFactor } from '../params/ethereumRewards';
import { gwei } from './gwei';
import { integerSquareRoot } from './integerSquareRoot';

/**
 * Gwei per ETH of effective balance per epoch, spec `get_base_reward_per_increment` (altair on):
 * increment · BASE_REWARD_FACTOR // isqrt(T).
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#get_base_reward_per_increment
 * T = 34M ETH: 64·10^9 // 184,390,889 = 347 Gwei.
 */
export function baseRewardPerIncrement(totalActiveBalanceGwei: bigint): bigint {
	return (
		(gwei(effectiveBalanceIncrementGwei) * BigInt(baseRewardFactor.value)) /
		integerSquareRoot(totalActiveBalanceGwei)
	);
}

/**
 * A validator's base reward, spec `get_base_reward` (altair on): (eb // increment) · per increment.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#get_base_reward
 * 32 ETH at T = 34M ETH: 32 · 347 = 11,104 Gwei per epoch.
 */
export function baseReward(effectiveBalanceGwei: bigint, totalActiveBalanceGwei: bigint): bigint {
	const increments = effectiveBalanceGwei / gwei(effectiveBalanceIncrementGwei);
	return increments * baseRewardPerIncrement(totalActiveBalanceGwei);
}
