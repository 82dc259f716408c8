import { csmBond, csmDefaultCurve, type BondCurve } from '../designs/csmBond';
import { validatorBalanceEth } from '../params/ethereum';
import { csmModuleFee, protocolFee } from '../params/lidoFees';

/**
 * Yearly ETH of a Lido CSM operator with n validators and `bondEth` of stETH bond: the module fee on
 * its validators' rewards plus the stETH rebase of the bond, `validatorEffectiveBalance · networkAPR
 * · moduleFee + bondAmount · shareRateChange` (https://docs.lido.fi/staking-modules/csm/rewards),
 * with stETH earning the rate less the protocol fee. One validator, 2.4 ETH bond, rate 2.8517 %:
 * 0.028517 · (32 · 0.06 + 2.4 · 0.9) = 0.028517 · 4.08 = 0.11635 ETH, 4.85 % of the bond.
 */
export function csmOperatorReward(validators: number, bondEth: number, rate: number): number {
	const moduleShare = validators * validatorBalanceEth.value * csmModuleFee.value;
	return rate * (moduleShare + bondEth * (1 - protocolFee.value));
}

/**
 * Most validators a bond of `eth` covers on a two-interval curve: the largest n with
 * first + (n − 1) · next ≤ eth. https://github.com/lidofinance/community-staking-module/blob/main/src/abstract/CSBondCurve.sol
 * Default curve, 10 ETH: 1 + floor((10 − 2.4) / 1.3) = 6 validators (bond 8.9 ETH).
 */
export function csmValidatorsForBond(eth: number, curve: BondCurve = csmDefaultCurve): number {
	if (eth < curve.firstEth) return 0;
	const n = 1 + Math.floor((eth - curve.firstEth) / curve.nextEth + 1e-9);
	return csmBond(n, curve) <= eth + 1e-9 ? n : n - 1;
}
