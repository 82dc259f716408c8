import { csmFirstBondEth, csmIcsFirstBondEth, csmNextBondEth } from '../params/lido';

export interface BondCurve {
	readonly firstEth: number;
	readonly nextEth: number;
}

export const csmDefaultCurve: BondCurve = {
	firstEth: csmFirstBondEth.value,
	nextEth: csmNextBondEth.value
};

/** The identified-community-stakers curve: 1.5 ETH for the first validator, then 1.3 ETH. */
export const csmIcsCurve: BondCurve = {
	firstEth: csmIcsFirstBondEth.value,
	nextEth: csmNextBondEth.value
};

/**
 * Total bond of a Lido CSM operator with n validators, two-interval curve of `CSBondCurve.sol`:
 * first + (n − 1) · next. https://github.com/lidofinance/community-staking-module/blob/main/src/abstract/CSBondCurve.sol
 * Default curve, 10 validators: 2.4 + 9 · 1.3 = 14.1 ETH.
 */
export function csmBond(validators: number, curve: BondCurve = csmDefaultCurve): number {
	return validators <= 0 ? 0 : curve.firstEth + (validators - 1) * curve.nextEth;
}

/**
 * Leverage of a CSM operator with n validators of `validatorEth`: n · 32 / bond(n); tends to
 * 32 / 1.3 = 24.6 as n grows. https://docs.lido.fi/staking-modules/csm/intro
 * 1 validator: 32 / 2.4 = 13.3; 10 validators: 320 / 14.1 = 22.7.
 */
export function csmLeverage(
	validators: number,
	validatorEth = 32,
	curve = csmDefaultCurve
): number {
	return (validators * validatorEth) / csmBond(validators, curve);
}
