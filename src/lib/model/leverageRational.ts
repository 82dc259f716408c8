import { rational, type Rational } from './exact/rational';

/**
 * Leverage as an exact ratio, https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815:
 * stake controlled ÷ own stake at risk; Infinity when something is controlled and nothing is at
 * risk, 1 when neither (as the float `leverage`).
 * Lido CSM, 10 keys: 320 ETH / (2.4 + 9 · 1.3) ETH = 320/14.1 = 3200/141 ≈ 22.695.
 */
export function leverageRational(controlled: bigint, ownAtRisk: bigint): Rational | number {
	if (ownAtRisk === 0n) return controlled > 0n ? Infinity : 1;
	return rational(controlled, ownAtRisk);
}
