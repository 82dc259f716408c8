import type { Param } from './param';
import { preset, spec, specParam } from './ethereumSpec';

/** The forks whose slashing constants differ; capella and deneb use bellatrix's, fulu and gloas electra's. */
export type SlashingEra = 'phase0' | 'altair' | 'bellatrix' | 'electra';

const perEra = (
	name: string,
	unit: string,
	values: Record<SlashingEra, number>,
	files: Record<SlashingEra, string>
) =>
	Object.fromEntries(
		(Object.keys(values) as SlashingEra[]).map((era) => [
			era,
			specParam(values[era], unit, `${name} (${era})`, files[era])
		])
	) as Record<SlashingEra, Param>;

const presets = {
	phase0: preset('phase0'),
	altair: preset('altair'),
	bellatrix: preset('bellatrix'),
	electra: preset('electra')
};

/** `MIN_SLASHING_PENALTY_QUOTIENT(_ALTAIR|_BELLATRIX|_ELECTRA)`: initial penalty = eb // this. */
export const minSlashingPenaltyQuotient = perEra(
	'MIN_SLASHING_PENALTY_QUOTIENT',
	'',
	{ phase0: 128, altair: 64, bellatrix: 32, electra: 4096 },
	presets
);

/** `PROPORTIONAL_SLASHING_MULTIPLIER(_ALTAIR|_BELLATRIX)`; electra reuses bellatrix's 3. */
export const proportionalSlashingMultiplier = perEra(
	'PROPORTIONAL_SLASHING_MULTIPLIER',
	'',
	{ phase0: 1, altair: 2, bellatrix: 3, electra: 3 },
	{ ...presets, electra: preset('bellatrix') }
);

/** `WHISTLEBLOWER_REWARD_QUOTIENT(_ELECTRA)`: whistleblower reward = eb // this. */
export const whistleblowerRewardQuotient = perEra(
	'WHISTLEBLOWER_REWARD_QUOTIENT',
	'',
	{ phase0: 512, altair: 512, bellatrix: 512, electra: 4096 },
	{ ...presets, altair: preset('phase0'), bellatrix: preset('phase0') }
);

/** phase0 `PROPOSER_REWARD_QUOTIENT`: the proposer's part of the whistleblower reward is W // 8. */
export const proposerRewardQuotient = specParam(
	8,
	'',
	'PROPOSER_REWARD_QUOTIENT',
	preset('phase0')
);

/** altair+ `PROPOSER_WEIGHT` / `WEIGHT_DENOMINATOR`: the proposer's part is W · 8 // 64. */
export const proposerWeight = specParam(8, '', 'PROPOSER_WEIGHT', spec('altair'));
export const weightDenominator = specParam(64, '', 'WEIGHT_DENOMINATOR', spec('altair'));

/** `EPOCHS_PER_SLASHINGS_VECTOR`: a slashed validator is withdrawable this long after slashing. */
export const epochsPerSlashingsVector = specParam(
	8192,
	'epochs',
	'EPOCHS_PER_SLASHINGS_VECTOR',
	preset('phase0')
);
