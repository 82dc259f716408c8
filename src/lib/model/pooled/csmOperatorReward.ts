import { csmBond, csmDefaultCurve, csmIcsCurve, type BondCurve } from '../designs/csmBond';
import { validatorBalanceEth } from '../params/ethereum';
import { csmIcsFullShareKeys, csmIcsRewardShare, csmRewardShare } from '../params/lido';
import { csmModuleFee, protocolFee } from '../params/lidoFees';

/** Who runs the CSM validators: anyone (the default gate) or an identified community staker. */
export type CsmOperatorType = 'permissionless' | 'ics';

/** The bond curve of each operator type (CSM `DeployMainnet.s.sol`). */
export const csmCurveOf: Record<CsmOperatorType, BondCurve> = {
	permissionless: csmDefaultCurve,
	ics: csmIcsCurve
};

/**
 * Share of the module fee paid on the operator's `keyNumber`-th validator (1-based), CSM v2
 * `CSParametersRegistry` reward-share intervals as set by the mainnet deploy script: 58.34 % for a
 * permissionless operator; 100 % for keys 1–16 of an identified community staker, then 58.34 %.
 * https://github.com/lidofinance/community-staking-module/blob/67d248508a7ee2bcf7f4d9c5f8c82c4bb0054300/script/DeployMainnet.s.sol
 */
export function csmRewardShareOf(keyNumber: number, type: CsmOperatorType): number {
	if (type === 'ics' && keyNumber <= csmIcsFullShareKeys.value) return csmIcsRewardShare.value;
	return csmRewardShare.value;
}

/** The module fee's share paid to the operator over its first n validators, summed per key. */
export function csmRewardShares(validators: number, type: CsmOperatorType): number {
	let total = 0;
	for (let key = 1; key <= validators; key++) total += csmRewardShareOf(key, type);
	return total;
}

/**
 * Yearly ETH of a Lido CSM operator with n validators and `bondEth` of stETH bond: its reward share
 * of the module fee on its validators' rewards plus the stETH rebase of the bond,
 * `validatorEffectiveBalance · networkAPR · moduleFee · rewardShare + bondAmount · shareRateChange`
 * (https://docs.lido.fi/staking-modules/csm/rewards), with stETH earning the rate less the
 * protocol fee. Permissionless, one validator, 2.4 ETH bond, rate 2.8517 %:
 * 0.028517 · (32 · 0.06 · 0.5834 + 2.4 · 0.9) = 0.028517 · 3.280128 = 0.093539 ETH, 3.90 % of the
 * bond. Identified community staker, 1.5 ETH: 0.028517 · (1.92 + 1.35) = 0.093250 ETH, 6.22 %.
 */
export function csmOperatorReward(
	validators: number,
	bondEth: number,
	rate: number,
	type: CsmOperatorType = 'permissionless'
): number {
	const feeShare =
		validatorBalanceEth.value * csmModuleFee.value * csmRewardShares(validators, type);
	return rate * (feeShare + bondEth * (1 - protocolFee.value));
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
