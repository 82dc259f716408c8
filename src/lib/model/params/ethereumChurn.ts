import { config, preset, spec, specParam } from './ethereumSpec';

/** `MAX_SEED_LOOKAHEAD`: an exit is scheduled no earlier than current + 1 + 4 epochs. */
export const maxSeedLookahead = specParam(4, 'epochs', 'MAX_SEED_LOOKAHEAD', preset('phase0'));

/** `MIN_VALIDATOR_WITHDRAWABILITY_DELAY`: 256 epochs (27.3 h) from exit to withdrawable. */
export const minValidatorWithdrawabilityDelay = specParam(
	256,
	'epochs',
	'MIN_VALIDATOR_WITHDRAWABILITY_DELAY',
	config
);

export const churnLimitQuotient = specParam(65536, '', 'CHURN_LIMIT_QUOTIENT', config);

export const minPerEpochChurnLimitElectraGwei = specParam(
	128e9,
	'Gwei',
	'MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA',
	config
);

export const maxPerEpochActivationExitChurnLimitGwei = specParam(
	256e9,
	'Gwei',
	'MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT',
	config
);

/** Draft gloas (EIP-8061): exit churn = max(128 ETH, T // 32768), uncapped. Fork not scheduled. */
export const churnLimitQuotientGloas = specParam(
	32768,
	'',
	'CHURN_LIMIT_QUOTIENT_GLOAS (draft)',
	spec('gloas')
);
