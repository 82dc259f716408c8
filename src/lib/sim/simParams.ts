/** Where delegators start: a skewed spread like today's, one pool with most stake, or even. */
export type StartState = 'mainnet' | 'whale' | 'uniform';

/**
 * What a re-evaluating delegator sees: every pool, `sampleSize` random pools, or the first
 * `sampleSize` unsaturated pools of the wallet ranking by desirability (ledger `PoolRank.hs`).
 */
export type InformationModel = 'all' | 'sample' | 'ranking';

/** A protocol parameter change taking effect at the start of `epoch` and holding afterwards. */
export interface ParamChange {
	readonly epoch: number;
	readonly k?: number;
	readonly a0?: number;
	/** CIP-50 maximum pledge leverage L; null switches the cap off. */
	readonly leverageCap?: number | null;
}

/** Everything a run depends on; amounts are whole ada. */
export interface SimParams {
	readonly pools: number;
	readonly delegators: number;
	/** σ denominator: maximum supply − reserves. */
	readonly totalStakeAda: number;
	/** Active stake: pledges plus delegations; conserved by every step. */
	readonly delegatedStakeAda: number;
	/** R, the pools' reward pot per epoch. */
	readonly rewardPotAda: number;
	readonly k: number;
	readonly a0: number;
	readonly leverageCap: number | null;
	readonly changes: readonly ParamChange[];
	readonly zeroPledgeShare: number;
	readonly pledgeMedianAda: number;
	readonly pledgeLogSpread: number;
	readonly costMinAda: number;
	readonly costMaxAda: number;
	readonly marginMax: number;
	readonly stakeLogSpread: number;
	readonly start: StartState;
	/** Share of delegations in the whale pool at the `whale` start. */
	readonly whaleShare: number;
	/** Log-normal σ of pool popularity at the `mainnet` start. */
	readonly popularityLogSpread: number;
	/** Share of delegators who do not look at all in an epoch (0 = everyone re-evaluates). */
	readonly inertia: number;
	readonly information: InformationModel;
	readonly sampleSize: number;
	/** Relative yield gain a delegator needs before switching (0.001 = 0.1 %). */
	readonly minGain: number;
	/** Epochs from a delegation to the first epoch it earns in (the ledger's snapshots: 2). */
	readonly delayEpochs: number;
	readonly epochs: number;
	readonly seed: number;
}
