/**
 * One staking or delegation design, as compared in the explainer: who loses stake when the
 * operator misbehaves, how long stake stays locked after deciding to leave, and how much stake an
 * operator can control per unit of its own stake at risk. Leverage per
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815 (controlled ÷ own at risk).
 */
export interface StakingDesign {
	readonly id: string;
	readonly label: string;
	readonly chain: 'Ethereum' | 'Cosmos' | 'Tezos' | 'Cardano' | 'Polkadot';
	/** Who the protocol (or the pool's contracts) can slash, in plain words. */
	readonly whoIsSlashed: string;
	readonly isDelegatorSlashable: boolean;
	/** Shortest wait from deciding to leave until stake is spendable, normal conditions; 0 = liquid. */
	readonly lockDays: number;
	readonly lockNote: string;
	/** Stake controlled ÷ operator's own stake at risk, at most; Infinity when nothing is at risk. */
	readonly maxLeverage: number;
	readonly leverageNote: string;
	readonly sources: readonly string[];
}
