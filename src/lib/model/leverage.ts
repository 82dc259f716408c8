/**
 * Leverage = stake the operator controls ÷ the operator's own stake at risk.
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815 (MicahZoltu, 2022-01-25):
 * 1 ETH own + 9 ETH delegated = 10 ETH controlled, so leverage(10, 1) = 10.
 * Nothing at risk gives Infinity; nothing controlled and nothing at risk gives 1 (no leverage).
 */
export function leverage(controlled: number, ownAtRisk: number): number {
	if (ownAtRisk <= 0) return controlled > 0 ? Infinity : 1;
	return controlled / ownAtRisk;
}

/**
 * Leverage of an operator whose own stake is fixed while delegation grows: (own + delegated) / own.
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815 — 1 own + 9 delegated: 10.
 */
export function delegatedLeverage(ownStake: number, delegatedStake: number): number {
	return leverage(ownStake + delegatedStake, ownStake);
}

/**
 * Leverage of a bonded design: every validator of `validatorBalance` carries a bond of `bond` from
 * the operator, so leverage stays validatorBalance / bond however much is delegated.
 * https://docs.rocketpool.net/legacy/atlas/lebs — an 8 ETH bond on a 32 ETH validator: 4.
 */
export function bondedLeverage(validatorBalance: number, bond: number): number {
	return leverage(validatorBalance, bond);
}
