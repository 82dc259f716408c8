import type { Param } from './param';

const thread = 'https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815';

/** "If you have 9 ETH worth of people delegating decision making to a one ETH worth person" */
export const threadOwnEth: Param = {
	value: 1,
	unit: 'ETH',
	label: "the decision maker's own stake in the thread's example",
	source: thread,
	asOf: '2022-01-25'
};

export const threadDelegatedEth: Param = {
	value: 9,
	unit: 'ETH',
	label: "delegators' stake in the thread's example",
	source: thread,
	asOf: '2022-01-25'
};
