import { effectiveBalanceIncrementGwei } from '../params/ethereumBalances';
import {
	churnLimitQuotient,
	churnLimitQuotientGloas,
	maxPerEpochActivationExitChurnLimitGwei,
	minPerEpochChurnLimitElectraGwei
} from '../params/ethereumChurn';
import { isElectraOrLater, type Fork } from './fork';
import { gwei } from './gwei';

const roundDownToIncrement = (x: bigint) => x - (x % gwei(effectiveBalanceIncrementGwei));
const maxOf = (a: bigint, b: bigint) => (a > b ? a : b);

/**
 * Gwei that may exit per epoch. Electra/fulu `get_activation_exit_churn_limit`:
 * min(256 ETH, max(128 ETH, T // 65536)) rounded down to whole ETH; draft gloas (EIP-8061)
 * `get_exit_churn_limit`: max(128 ETH, T // 32768), no cap.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#new-get_activation_exit_churn_limit
 * T = 34M ETH: 256 ETH (electra), 1037 ETH (gloas draft). Balance churn does not exist before electra.
 */
export function exitChurnLimit(totalActiveBalanceGwei: bigint, fork: Fork): bigint {
	if (!isElectraOrLater(fork))
		throw new RangeError(`balance churn starts with electra, not ${fork}`);
	const floor = gwei(minPerEpochChurnLimitElectraGwei);
	if (fork === 'gloas') {
		const quotient = BigInt(churnLimitQuotientGloas.value);
		return roundDownToIncrement(maxOf(floor, totalActiveBalanceGwei / quotient));
	}
	const balanceChurn = roundDownToIncrement(
		maxOf(floor, totalActiveBalanceGwei / BigInt(churnLimitQuotient.value))
	);
	const cap = gwei(maxPerEpochActivationExitChurnLimitGwei);
	return balanceChurn < cap ? balanceChurn : cap;
}
