import type { Param } from './param';
import { config, preset, spec, specParam } from './ethereumSpec';

export const baseRewardFactor = specParam(64, '', 'BASE_REWARD_FACTOR', preset('phase0'));

/** Altair participation weights a slashed validator forfeits and is charged every epoch. */
export const timelySourceWeight = specParam(14, '', 'TIMELY_SOURCE_WEIGHT', spec('altair'));
export const timelyTargetWeight = specParam(26, '', 'TIMELY_TARGET_WEIGHT', spec('altair'));

/** `INACTIVITY_PENALTY_QUOTIENT_BELLATRIX` = 2^24, used from bellatrix on. */
export const inactivityPenaltyQuotient = specParam(
	2 ** 24,
	'',
	'INACTIVITY_PENALTY_QUOTIENT_BELLATRIX',
	preset('bellatrix')
);
/** `INACTIVITY_PENALTY_QUOTIENT_ALTAIR` = 3 · 2^24, altair only. */
export const inactivityPenaltyQuotientAltair = specParam(
	3 * 2 ** 24,
	'',
	'INACTIVITY_PENALTY_QUOTIENT_ALTAIR',
	preset('altair')
);
export const inactivityScoreBias = specParam(4, '', 'INACTIVITY_SCORE_BIAS', config);

export const secondsPerSlot = specParam(12, 's', 'SECONDS_PER_SLOT', config);
export const slotsPerEpoch = specParam(32, 'slots', 'SLOTS_PER_EPOCH', preset('phase0'));

/** An illustrative total active balance, an input to every chart rather than a measurement. */
export const totalActiveBalanceEth: Param = {
	value: 34_000_000,
	unit: 'ETH',
	label: 'total active balance (assumed for illustration)',
	source: 'https://beaconcha.in/charts/staked_ether',
	asOf: '2026-08-07'
};

/** A Julian year in epochs: 365.25 · 86,400 s / (12 s · 32 slots) = 82,181.25. */
export const epochsPerYear = specParam(82_181.25, 'epochs', 'epochs per Julian year', config);
