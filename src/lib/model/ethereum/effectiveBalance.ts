import {
	effectiveBalanceIncrementGwei,
	hysteresisDownwardMultiplier,
	hysteresisQuotient,
	hysteresisUpwardMultiplier,
	maxEffectiveBalanceElectraGwei,
	maxEffectiveBalanceGwei
} from '../params/ethereumBalances';
import { gwei } from './gwei';

/**
 * Effective balance after an epoch, spec `process_effective_balance_updates`: eb moves only when the
 * balance leaves [eb − 0.25 ETH, eb + 1.25 ETH], then to the balance floored to whole ETH, capped.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#modified-process_effective_balance_updates
 * Balance 30.99 ETH with eb 32 → 30 ETH; balance 31.8 ETH with eb 32 → stays 32.
 */
export function effectiveBalanceAfter(
	balanceGwei: bigint,
	effectiveBalanceGwei: bigint,
	maxEffectiveGwei: bigint
): bigint {
	const increment = gwei(effectiveBalanceIncrementGwei);
	const step = increment / BigInt(hysteresisQuotient.value);
	const down = step * BigInt(hysteresisDownwardMultiplier.value);
	const up = step * BigInt(hysteresisUpwardMultiplier.value);
	if (balanceGwei + down < effectiveBalanceGwei || effectiveBalanceGwei + up < balanceGwei) {
		const floored = balanceGwei - (balanceGwei % increment);
		return floored < maxEffectiveGwei ? floored : maxEffectiveGwei;
	}
	return effectiveBalanceGwei;
}

/**
 * Cap of a validator's effective balance, spec `get_max_effective_balance` (electra): 2048 ETH for
 * 0x02 (compounding) credentials, 32 ETH otherwise. Here a validator above 32 ETH counts as 0x02.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#new-get_max_effective_balance
 */
export function maxEffectiveBalanceFor(effectiveBalanceGwei: bigint): bigint {
	const min = gwei(maxEffectiveBalanceGwei);
	return effectiveBalanceGwei > min ? gwei(maxEffectiveBalanceElectraGwei) : min;
}
