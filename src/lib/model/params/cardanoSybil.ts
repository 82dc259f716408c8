import type { Param } from './param';

/**
 * Pledge as a Sybil defence in practice, as CIP-50 (status: Proposed; text updated 2025-05-20)
 * reports it from Balance Analytics and Koios, and as the Edinburgh Decentralization Index measures
 * it. Epoch 559 began on 2025-05-19 and epoch 560 on 2025-05-24 (epoch 538 began 2025-02-03, five
 * days an epoch).
 */
const cip50 = 'https://cips.cardano.org/cip/CIP-0050';

/** "certain large exchanges run dozens of pools (e.g. 91 by Binance and 31 by Coinbase)" */
export const binancePools: Param = {
	value: 91,
	unit: 'pools',
	label: 'pools run by Binance (CIP-50, citing Balance Analytics)',
	source: cip50,
	asOf: '2025-05-19'
};

export const coinbasePools: Param = {
	value: 31,
	unit: 'pools',
	label: 'pools run by Coinbase (CIP-50, citing Balance Analytics)',
	source: cip50,
	asOf: '2025-05-19'
};

/** "collectively controlling roughly 12.59% of stake" */
export const twoExchangesStakeShare: Param = {
	value: 0.1259,
	unit: '',
	label: 'share of stake in the Binance and Coinbase pools together (CIP-50)',
	source: cip50,
	asOf: '2025-05-19'
};

/** "the Nakamoto Coefficient ... is only about 25 as of epoch 559 (Balance Analytics, 2025)" */
export const nakamotoByOperator: Param = {
	value: 25,
	unit: 'entities',
	label: 'Nakamoto coefficient by operator, epoch 559 (CIP-50, citing Balance Analytics)',
	source: cip50,
	asOf: '2025-05-19'
};

/** "473 pools have zero pledge, yet they still command 2,740,223,943 ADA" (epoch 560, Koios) */
export const zeroPledgeStakeAda: Param = {
	value: 2_740_223_943,
	unit: 'ada',
	label: 'stake delegated to zero-pledge pools, epoch 560 (CIP-50, citing Koios)',
	source: cip50,
	asOf: '2025-05-24'
};

/** "a pledge of only about 53,870,468 ADA spread across enough low-pledge pools to control more than 50%" */
export const pledgeToControlMajorityAda: Param = {
	value: 53_870_468,
	unit: 'ada',
	label:
		'total pledge of low-pledge pools that together hold over half the stake (CIP-50 of 2025-05-20, citing Koios)',
	source: cip50,
	asOf: '2025-05-20'
};

/** Nakamoto coefficient of block production with pools clustered into entities (EDI, 30-day window). */
export const nakamotoEdi: Param = {
	value: 56,
	unit: 'entities',
	label: 'Nakamoto coefficient of block production, pools clustered by entity (EDI)',
	source:
		'https://github.com/Blockchain-Technology-Lab/edi-frontend/blob/4e5029a/public/output/consensus/cardano/output_clustered.csv',
	asOf: '2026-07-02'
};
