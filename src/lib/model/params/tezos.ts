import type { Param } from './param';

const docs = 'https://github.com/tezos/tezos-mirror/blob/master/docs/ushuaia';

/** `GLOBAL_LIMIT_OF_STAKING_OVER_BAKING`: external staked tez count up to 9× the baker's own stake. */
export const stakingOverBakingLimit: Param = {
	value: 9,
	unit: '×',
	label: 'Tezos global limit of staking over baking',
	source: `${docs}/staking.rst`,
	asOf: '2026-08-21'
};

/** `LIMIT_OF_DELEGATION_OVER_BAKING`: delegated tez count up to 9× the baker's own stake. */
export const delegationOverBakingLimit: Param = {
	value: 9,
	unit: '×',
	label: 'Tezos limit of delegation over baking',
	source: `${docs}/baking_power.rst`,
	asOf: '2026-08-21'
};

/** `EDGE_OF_STAKING_OVER_DELEGATION`: staked tez weigh 3× delegated tez in baking power (Quebec on). */
export const stakingOverDelegationEdge: Param = {
	value: 3,
	unit: '×',
	label: 'Tezos edge of staking over delegation',
	source: `${docs}/baking_power.rst`,
	asOf: '2026-08-21'
};

/** Unstaked tez are finalizable after UNSTAKE_FINALIZATION_DELAY + 1 = 4 cycles of 14,400 × 6 s = 1 day. */
export const unstakeDays: Param = {
	value: 4,
	unit: 'days',
	label: 'Tezos unstake delay (4 cycles of about 1 day)',
	source: `${docs}/staking.rst`,
	asOf: '2026-08-21'
};
