/** Number of stake classes; movers are handled class by class. */
export const stakeClasses = 64;

/**
 * Stake class of a delegation: 0 below 1,024 ada, then one class per doubling (1,024–2,047 ada is
 * class 1). Small delegations share a class: their stake barely moves any pool's yield.
 */
export function stakeClassOf(stakeAda: number): number {
	if (stakeAda < 1024) return 0;
	// ⌊log2⌋ from the bits of the whole part (not Math.log2, which may round differently).
	const whole = Math.floor(stakeAda);
	const log2 =
		whole < 2 ** 32 ? 31 - Math.clz32(whole) : 63 - Math.clz32(Math.floor(whole / 2 ** 32));
	return Math.min(stakeClasses - 1, log2 - 9);
}
