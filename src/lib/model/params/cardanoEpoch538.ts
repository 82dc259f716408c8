import type { Param } from './param';

/**
 * The inputs of the mainnet reward calculation for epoch 538 (began 2025-02-03), as the Cardano
 * Foundation's independent recalculation lists them (`statistics.csv`, its rows 537 and 538). From
 * these the ledger's own rule gives the reward pot, to the lovelace (see `cardanoSnapshot`).
 */
const cfj =
	'https://github.com/cardano-foundation/cf-java-rewards-calculation/blob/main/report/statistics.csv';

/** Reserves when the calculation starts (the CF file's row 537), in lovelace. */
export const reservesLovelace: Param = {
	value: 7_433_694_305_914_142,
	unit: 'lovelace',
	label: 'reserves at the start of the epoch-538 reward calculation',
	source: cfj,
	asOf: '2025-02-03'
};

export const feesLovelace: Param = {
	value: 93_384_750_236,
	unit: 'lovelace',
	label: 'transaction fees of epoch 538',
	source: cfj,
	asOf: '2025-02-03'
};

export const blocksMade: Param = {
	value: 21_594,
	unit: 'blocks',
	label: 'blocks made by pools in epoch 538 (of 21,600 expected)',
	source: cfj,
	asOf: '2025-02-03'
};
