import { protocolFee } from '../params/lidoFees';
import { nodeOperatorCommissionShare, pdaoShare, voterShare } from '../params/rocketPoolCommission';

/**
 * Yearly rate of stETH: the staking rate less Lido's protocol fee, rate · (1 − 10 %).
 * https://docs.lido.fi/contracts/staking-router#fee-distribution
 * Rate 2.8517 %: 2.5665 %.
 */
export function stethRate(rate: number): number {
	return rate * (1 - protocolFee.value);
}

/**
 * Yearly rate of rETH under Saturn 1: rETH holders keep the rewards of the ETH they lend less the
 * operator, voter and pDAO shares, rate · (1 − 5 % − 9 % − 0 %). Megapool validators also carry the
 * operator's bond, which earns for the operator, not for rETH.
 * https://docs.rocketpool.net/upgrades/saturn-1/whats-new (RPIP-46). Rate 2.8517 %: 2.4525 %.
 */
export function rethRate(rate: number): number {
	const commission = nodeOperatorCommissionShare.value + voterShare.value + pdaoShare.value;
	return rate * (1 - commission);
}
