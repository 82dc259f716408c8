import type { Param } from './param';

/** The consensus-specs snapshot every Ethereum constant here was read from. */
export const specCommit = 'a08d8a6e2b45f0b8c0d379abc15583427c643689';
const asOf = '2026-08-07';
const repo = `https://github.com/ethereum/consensus-specs/blob/${specCommit}`;

/**
 * A constant from a file of https://github.com/ethereum/consensus-specs (a preset, the config or a
 * fork's spec), linked at the snapshot it was read from.
 */
export function specParam(value: number, unit: string, label: string, path: string): Param {
	return { value, unit, label, source: `${repo}/${path}`, asOf };
}

export const preset = (fork: string) => `presets/mainnet/${fork}.yaml`;
export const config = 'configs/mainnet.yaml';
export const spec = (fork: string) => `specs/${fork}/beacon-chain.md`;
