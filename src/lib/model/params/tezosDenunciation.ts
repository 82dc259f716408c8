import type { Param } from './param';

/** `denunciation_period`: cycles after the misbehaviour's cycle that still accept a denunciation. */
export const denunciationPeriodCycles: Param = {
	value: 1,
	unit: 'cycles',
	label: 'Tezos denunciation period',
	source:
		'https://gitlab.com/tezos/tezos/-/blob/master/src/proto_alpha/lib_protocol/constants_repr.ml',
	asOf: '2026-08-21'
};

/** `blocks_per_cycle` × `minimal_block_delay`: 14,400 blocks of 6 s. */
export const cycleDays: Param = {
	value: (14_400 * 6) / 86_400,
	unit: 'days',
	label: 'Tezos cycle: 14,400 blocks of 6 s',
	source: 'https://github.com/tezos/tezos-mirror/blob/master/docs/ushuaia/proof_of_stake.rst',
	asOf: '2026-08-21'
};
