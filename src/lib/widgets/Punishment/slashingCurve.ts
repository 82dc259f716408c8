import { gweiFromEth } from '../../model/ethereum/gwei';
import type { Fork } from '../../model/ethereum/fork';
import { slashingLoss } from '../../model/ethereum/slashingLoss';

/** A 32 ETH validator's loss in ETH when `share` of all stake is slashed in the same window. */
export function lossAt(share: number, totalStakedEth: number, fork: Fork, balanceEth = 32): number {
	const total = gweiFromEth(Math.round(totalStakedEth));
	const slashed = BigInt(Math.ceil(share * Number(total)));
	return Number(slashingLoss(gweiFromEth(balanceEth), slashed, total, fork).totalLossGwei) / 1e9;
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
