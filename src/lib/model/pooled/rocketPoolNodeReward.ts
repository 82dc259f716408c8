import { validatorBalanceEth } from '../params/ethereum';
import { megapoolBondEth } from '../params/rocketPool';
import { nodeOperatorCommissionShare } from '../params/rocketPoolCommission';

/**
 * Yearly ETH of a Rocket Pool node operator with n megapool validators and no RPL: the rewards of
 * its own bond plus its commission share of the rewards of the ETH it borrows from rETH holders,
 * n · rate · (bond + commission · (32 − bond)). https://docs.rocketpool.net/upgrades/saturn-1/whats-new
 * (split per https://rpips.rocketpool.net/RPIPs/RPIP-46). One validator, 4 ETH bond, 5 %, rate
 * 2.8517 %: 0.028517 · (4 + 0.05 · 28) = 0.028517 · 5.4 = 0.15399 ETH, 3.85 % of the bond.
 */
export function rocketPoolNodeReward(
	validators: number,
	rate: number,
	bondEth = megapoolBondEth.value,
	commission = nodeOperatorCommissionShare.value
): number {
	const borrowedEth = validatorBalanceEth.value - bondEth;
	return validators * rate * (bondEth + commission * borrowedEth);
}

/**
 * Megapool validators `eth` can bond: floor(eth / bond). https://docs.rocketpool.net/upgrades/saturn-1/whats-new
 * 10 ETH at 4 ETH each: 2 validators, 2 ETH left over.
 */
export function rocketPoolValidators(eth: number, bondEth = megapoolBondEth.value): number {
	return Math.max(0, Math.floor(eth / bondEth + 1e-9));
}
