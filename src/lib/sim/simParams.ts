/** Where delegators start: a skewed spread like today's, one pool with most stake, or even. */
export type StartState = 'mainnet' | 'whale' | 'uniform';

/**
 * What a re-evaluating delegator sees and how they judge it. `all` and `sample` are myopic: every
 * pool, or `sampleSize` random pools, judged by what it pays now with the mover's stake added.
 * `ranking` is the wallet's non-myopic view: the first `sampleSize` pools of the ranking by
 * desirability that have room, judged by the ledger's non-myopic member reward (`PoolRank.hs`).
 */
export type InformationModel = 'all' | 'sample' | 'ranking';

/** How one delegator behaves: one of the information models, or `sticky` (never moves). */
export type DelegatorRule = InformationModel | 'sticky';

/** Share of delegators following each rule; shares sum to 1, a missing rule has none. */
export type Mix = Readonly<Partial<Record<DelegatorRule, number>>>;

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
	/** A mixed population; null: every delegator follows `information`. */
	readonly mix: Mix | null;
	readonly sampleSize: number;
	/** Relative yield gain a delegator needs before switching (0.001 = 0.1 %). */
	readonly minGain: number;
	/** Epochs from a delegation to the first epoch it earns in (the ledger's snapshots: 2). */
	readonly delayEpochs: number;
	readonly epochs: number;
	readonly seed: number;
}
