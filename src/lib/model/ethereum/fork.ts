import type { SlashingEra } from '../params/ethereumSlashing';

/** Consensus-layer forks, mainnet order: https://github.com/ethereum/consensus-specs/blob/dev/configs/mainnet.yaml */
export const forks = [
	'phase0',
	'altair',
	'bellatrix',
	'capella',
	'deneb',
	'electra',
	'fulu',
	'gloas'
] as const;
export type Fork = (typeof forks)[number];

/**
 * The fork whose slashing constants apply: capella and deneb do not redefine `slash_validator` or
 * `process_slashings`, so they use bellatrix's; fulu and gloas use electra's.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#modified-slash_validator
 */
export function slashingEra(fork: Fork): SlashingEra {
	if (fork === 'capella' || fork === 'deneb') return 'bellatrix';
	if (fork === 'fulu' || fork === 'gloas') return 'electra';
	return fork;
}

/**
 * True from electra on, where `process_slashings` uses the per-increment formula and churn is in Gwei.
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#modified-process_slashings
 */
export const isElectraOrLater = (fork: Fork) => forks.indexOf(fork) >= forks.indexOf('electra');

/** Reads a fork name such as "electra"; throws on anything else. https://github.com/ethereum/consensus-specs/tree/dev/specs */
export function parseFork(name: string): Fork {
	if (!(forks as readonly string[]).includes(name)) throw new RangeError(`unknown fork "${name}"`);
	return name as Fork;
}
