/** Number of stake classes; movers are handled class by class. */
export const stakeClasses = 64;

/**
 * Stake class of a delegation: 0 below 1,024 ada, then one class per doubling (1,024–2,047 ada is
 * class 1). Small delegations share a class: their stake barely moves any pool's yield.
 */
export function stakeClassOf(stakeAda: number): number {
	return stakeAda < 1024 ? 0 : Math.min(stakeClasses - 1, Math.floor(Math.log2(stakeAda)) - 9);
}
