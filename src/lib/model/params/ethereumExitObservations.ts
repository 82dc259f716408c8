import type { Param } from './param';

/**
 * Dated observations of Ethereum's exit queue and weak subjectivity period, from the EIPs that
 * cite them. EIP-8061 (Review, created 2025-10-17) proposes raising the exit churn in a future fork.
 */
const eip8061 = 'https://eips.ethereum.org/EIPS/eip-8061';

/** "the exit queue has stretched beyond forty days as a consequence of the mass exit of Kiln validators" */
export const longExitQueueDays: Param = {
	value: 40,
	unit: 'days',
	label: 'exit queue cited by EIP-8061 ("beyond forty days")',
	source: eip8061,
	asOf: '2025-10-17'
};

/** EIP-8061's stake "at the time of writing", used for its weak subjectivity figures. */
export const eip8061TotalStakeEth: Param = {
	value: 36_000_000,
	unit: 'ETH',
	label: 'total stake assumed by EIP-8061 ("approximately the stake at the time of writing")',
	source: eip8061,
	asOf: '2025-10-17'
};

/** `compute_weak_subjectivity_period` with today's churn at 36M ETH: ~3533 epochs. */
export const weakSubjectivityDays: Param = {
	value: 15.7,
	unit: 'days',
	label: 'weak subjectivity period under Electra churn at 36M ETH (EIP-8061)',
	source: eip8061,
	asOf: '2025-10-17'
};

/** The same period under EIP-8061's higher exit churn: ~1573 epochs. */
export const weakSubjectivityDaysEip8061: Param = {
	value: 7,
	unit: 'days',
	label: 'weak subjectivity period if EIP-8061 were adopted, at 36M ETH',
	source: eip8061,
	asOf: '2025-10-17'
};

/** "As of October 3, 2023, there are currently over 830,000 validators" (EIP-7251, Motivation). */
export const validatorCount2023: Param = {
	value: 830_000,
	unit: 'validators',
	label: 'validators on the beacon chain, 2023-10-03 (EIP-7251: "over 830,000")',
	source: 'https://eips.ethereum.org/EIPS/eip-7251',
	asOf: '2023-10-03'
};

/** The Block, 2024-01-05: the exit queue "reportedly reached 16,000" validators (validatorqueue.com). */
export const celsiusExitQueueValidators: Param = {
	value: 16_000,
	unit: 'validators',
	label: 'validators in the exit queue, 2024-01-05 (The Block, citing validatorqueue.com)',
	source: 'https://www.theblock.co/post/270578/ethereum-validator-exit-queue-celsius-figment',
	asOf: '2024-01-05'
};

/** Same report: "The processing time for completing the exit queue will be five days". */
export const celsiusExitQueueDays: Param = {
	value: 5,
	unit: 'days',
	label: 'exit queue wait, 2024-01-05 (The Block)',
	source: 'https://www.theblock.co/post/270578/ethereum-validator-exit-queue-celsius-figment',
	asOf: '2024-01-05'
};
