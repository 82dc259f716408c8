import { ejectionBalanceGwei } from '../params/ethereumBalances';
import { epochsToDays } from './epochsToDays';
import type { Fork } from './fork';
import { gwei } from './gwei';
import { leakStart, leakStep } from './inactivityLeak';

export interface FinalityLeak {
	/** Leak epochs until the online validators again hold 2/3 of the active balance, or ejection. */
	readonly epochs: number;
	readonly days: number;
	/** 'finality' when the online two thirds come back first; 'ejection' when the offline are ejected. */
	readonly endsBy: 'finality' | 'ejection';
	/** What each offline 32 ETH validator has lost by then (flag penalties not counted). */
	readonly lossGwei: bigint;
	readonly effectiveBalanceGwei: bigint;
}

/**
 * A liveness attack: a share `offlineShare` of equal validators stops attesting, so finality stops
 * (it needs 2/3 of the active balance, spec `weigh_justification_and_finalization`). Nothing is
 * slashed; the inactivity leak drains the offline validators (`get_inactivity_penalty_deltas`)
 * until online · eb_on · 3 ≥ 2 · (online · eb_on + offline · eb_off), or until their effective
 * balance reaches `EJECTION_BALANCE` and `process_registry_updates` ejects them (the exit queue is
 * not modelled). https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md#inactivity-scores
 * 34 % offline: eb must fall to 31 ETH, so the balance below 31.75 ETH: Σ 32·10^9 · i / 2^24 for
 * i ≤ t first exceeds 0.25 ETH at t = 512 (512 · 513 / 2 · 32 / 2^24 ETH), 2.28 days, 0.2505 ETH lost.
 */
export function finalityLeak(
	offlineShare: number,
	fork: Fork,
	validatorGwei = 32_000_000_000n,
	maxEpochs = 20_000
): FinalityLeak {
	if (!(offlineShare > 0 && offlineShare < 1))
		throw new RangeError('offline share must be in (0, 1)');
	const ejection = gwei(ejectionBalanceGwei);
	const online = 1 - offlineShare;
	const onlineWeight = online * Number(validatorGwei);
	const isFinalizing = (eb: bigint) =>
		onlineWeight * 3 >= 2 * (onlineWeight + offlineShare * Number(eb));
	let state = leakStart(validatorGwei, fork);
	let epochs = 0;
	while (!isFinalizing(state.effectiveBalanceGwei) && state.effectiveBalanceGwei > ejection) {
		if (epochs >= maxEpochs) break;
		state = leakStep(state);
		epochs++;
	}
	return {
		epochs,
		days: epochsToDays(epochs),
		endsBy: isFinalizing(state.effectiveBalanceGwei) ? 'finality' : 'ejection',
		lossGwei: validatorGwei - state.balanceGwei,
		effectiveBalanceGwei: state.effectiveBalanceGwei
	};
}
