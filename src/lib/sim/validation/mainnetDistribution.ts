/**
 * Published, dated shapes of mainnet's stake distribution that a run can be set against. Each is
 * what its source says, at its date; none is from this project's own measurement.
 */
export interface Observed {
	readonly value: number;
	readonly label: string;
	readonly source: string;
	readonly asOf: string;
	readonly note: string;
}

const epoch256 =
	'https://www.reddit.com/r/CardanoStakePools/comments/mggseu/some_statistics_about_stake_distribution_and/';
const cfj =
	'https://github.com/cardano-foundation/cf-java-rewards-calculation/blob/main/report/statistics.csv';

/** Epoch 256 (active stake snapshot, 2021-03-30), k = 500, from a pool explorer's own data. */
export const poolsWithStake: Observed = {
	value: 2160,
	label: 'pools with active stake',
	source: epoch256,
	asOf: '2021-03-30',
	note: 'epoch 256; posted by the team of a pool explorer (secondary)'
};

export const poolsHoldingHalf: Observed = {
	value: 183,
	label: 'largest pools that together hold half the active stake (Nakamoto coefficient by pool)',
	source: epoch256,
	asOf: '2021-03-30',
	note: 'epoch 256; same post'
};

export const top500Share: Observed = {
	value: 0.9204,
	label: 'share of active stake in the 500 largest pools',
	source: epoch256,
	asOf: '2021-03-30',
	note: 'epoch 256; same post'
};

/** Pools that made at least one block in epoch 538 (2025-02), the model's reference epoch. */
export const poolsMakingBlocks: Observed = {
	value: 1040,
	label: 'pools making at least one block in the epoch',
	source: cfj,
	asOf: '2025-02-03',
	note: 'epoch 538; cf-java-rewards-calculation report/statistics.csv'
};
