import { config, preset, specParam } from './ethereumSpec';

export const effectiveBalanceIncrementGwei = specParam(
	1e9,
	'Gwei',
	'EFFECTIVE_BALANCE_INCREMENT',
	preset('phase0')
);

/** phase0 `MAX_EFFECTIVE_BALANCE`, electra `MIN_ACTIVATION_BALANCE`: the cap of a 0x01 validator. */
export const maxEffectiveBalanceGwei = specParam(
	32e9,
	'Gwei',
	'MAX_EFFECTIVE_BALANCE',
	preset('phase0')
);

/** electra `MAX_EFFECTIVE_BALANCE_ELECTRA`: the cap of a 0x02 (compounding) validator. */
export const maxEffectiveBalanceElectraGwei = specParam(
	2048e9,
	'Gwei',
	'MAX_EFFECTIVE_BALANCE_ELECTRA',
	preset('electra')
);

/** `EJECTION_BALANCE`: a validator whose effective balance falls to this is exited. */
export const ejectionBalanceGwei = specParam(16e9, 'Gwei', 'EJECTION_BALANCE', config);

/** Effective-balance hysteresis: the balance must leave [eb − 1/4, eb + 5/4] increments to move eb. */
export const hysteresisQuotient = specParam(4, '', 'HYSTERESIS_QUOTIENT', preset('phase0'));
export const hysteresisDownwardMultiplier = specParam(
	1,
	'',
	'HYSTERESIS_DOWNWARD_MULTIPLIER',
	preset('phase0')
);
export const hysteresisUpwardMultiplier = specParam(
	5,
	'',
	'HYSTERESIS_UPWARD_MULTIPLIER',
	preset('phase0')
);
