import { ejectionBalanceGwei } from '../params/ethereumBalances';
import {
	inactivityPenaltyQuotient,
	inactivityPenaltyQuotientAltair,
	inactivityScoreBias
} from '../params/ethereumRewards';
import { effectiveBalanceAfter, maxEffectiveBalanceFor } from './effectiveBalance';
import type { Fork } from './fork';
import { gwei } from './gwei';

export interface InactivityLeak {
	readonly balanceGwei: bigint;
	readonly lossGwei: bigint;
	/** Leak epoch (1-based) at which eb first reaches EJECTION_BALANCE, or null if it never does. */
	readonly ejectionEpoch: number | null;
}

/**
 * An always-offline validator during a leak of `leakEpochs` epochs: score += 4 each epoch
 * (`process_inactivity_updates`), penalty eb · score // (4 · 2^24) (`get_inactivity_penalty_deltas`,
 * quotient 2^24 from bellatrix, 3 · 2^24 in altair; phase0 had no scores), then the
 * effective-balance update. Flag penalties excluded; the validator keeps
 * leaking after ejection (the exit queue is not modelled).
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/bellatrix/beacon-chain.md#modified-get_inactivity_penalty_deltas
 * 32 ETH: 19.51 ETH left after 4096 epochs (≈ 32 · e^(−t²/2^25) = 60.65 %), ejected at epoch 4685.
 */
export function inactivityLeak(
	effectiveBalanceGwei: bigint,
	leakEpochs: number,
	fork: Fork
): InactivityLeak {
	const ejection = gwei(ejectionBalanceGwei);
	let state = leakStart(effectiveBalanceGwei, fork);
	let ejectionEpoch: number | null = null;
	for (let epoch = 1; epoch <= leakEpochs; epoch++) {
		state = leakStep(state);
		if (ejectionEpoch === null && state.effectiveBalanceGwei <= ejection) ejectionEpoch = epoch;
	}
	return {
		balanceGwei: state.balanceGwei,
		lossGwei: effectiveBalanceGwei - state.balanceGwei,
		ejectionEpoch
	};
}

/** An offline validator during a leak, after some epochs of it. */
export interface LeakState {
	readonly balanceGwei: bigint;
	readonly effectiveBalanceGwei: bigint;
	readonly score: bigint;
	readonly cap: bigint;
	readonly denominator: bigint;
}

/** An offline validator with `effectiveBalanceGwei` when the leak starts (score 0). */
export function leakStart(effectiveBalanceGwei: bigint, fork: Fork): LeakState {
	if (fork === 'phase0') throw new RangeError('phase0 has no inactivity scores');
	const quotient = fork === 'altair' ? inactivityPenaltyQuotientAltair : inactivityPenaltyQuotient;
	return {
		balanceGwei: effectiveBalanceGwei,
		effectiveBalanceGwei,
		score: 0n,
		cap: maxEffectiveBalanceFor(effectiveBalanceGwei),
		denominator: BigInt(inactivityScoreBias.value) * BigInt(quotient.value)
	};
}

/** One leak epoch: score += 4, penalty eb · score // (4 · quotient), then the eb update. */
export function leakStep(state: LeakState): LeakState {
	const score = state.score + BigInt(inactivityScoreBias.value);
	const penalty = (state.effectiveBalanceGwei * score) / state.denominator;
	const balanceGwei =
		state.balanceGwei - (penalty < state.balanceGwei ? penalty : state.balanceGwei);
	return {
		...state,
		score,
		balanceGwei,
		effectiveBalanceGwei: effectiveBalanceAfter(balanceGwei, state.effectiveBalanceGwei, state.cap)
	};
}

/**
 * Continuous approximation of the balance kept after t leak epochs: exp(−t²/2^25), i.e.
 * exp(−t² / (2 · 2^24)) from score ≈ 4t. https://github.com/ethereum/consensus-specs/blob/dev/specs/bellatrix/beacon-chain.md
 * 4096 epochs → e^(−1/2) = 0.6065.
 */
export function inactivityLeakRetainedApprox(leakEpochs: number): number {
	return Math.exp(-(leakEpochs * leakEpochs) / (2 * inactivityPenaltyQuotient.value));
}
