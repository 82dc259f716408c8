import { gweiFromEth } from '../../model/ethereum/gwei';
import type { Fork } from '../../model/ethereum/fork';
import { slashingLoss } from '../../model/ethereum/slashingLoss';

/** The slashing of a 32 ETH validator when `share` of all stake is slashed in the same window. */
function lossFor(share: number, totalStakedEth: number, fork: Fork, balanceEth: number) {
	const total = gweiFromEth(Math.round(totalStakedEth));
	const slashed = BigInt(Math.ceil(share * Number(total)));
	return slashingLoss(gweiFromEth(balanceEth), slashed, total, fork);
}

/** A 32 ETH validator's loss in ETH when `share` of all stake is slashed in the same window. */
export function lossAt(share: number, totalStakedEth: number, fork: Fork, balanceEth = 32): number {
	return Number(lossFor(share, totalStakedEth, fork, balanceEth).totalLossGwei) / 1e9;
}

/** The same loss split into the initial penalty and the correlation penalty as applied, in ETH. */
export function lossPartsAt(share: number, totalStakedEth: number, fork: Fork, balanceEth = 32) {
	const loss = lossFor(share, totalStakedEth, fork, balanceEth);
	return {
		initialEth: Number(loss.initialPenaltyGwei) / 1e9,
		correlationEth: Number(loss.correlationPenaltyAppliedGwei) / 1e9
	};
}

/**
 * Loss against the slashed share from 0 to `maxShare`, `count` even steps plus the one-third point;
 * the legacy formula floors to whole ETH, so the steps are fine enough to show its stairs.
 */
export function slashingCurve(
	totalStakedEth: number,
	fork: Fork,
	maxShare = 0.5,
	count = 400
): [number, number][] {
	const shares = Array.from({ length: count + 1 }, (_, i) => (maxShare * i) / count);
	const sorted = [...new Set([...shares, 1 / 3])].sort((a, b) => a - b);
	return sorted.map((s) => [s, lossAt(s, totalStakedEth, fork)]);
}
