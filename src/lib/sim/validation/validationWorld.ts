import { presets } from '../presets';
import type { SimParams } from '../simParams';

export type ValidationSize = 'mainnet' | 'test';

/**
 * The world a validation runs in: the mainnet preset (3,000 pools, 1.31 M delegators, k = 500),
 * or a test world of 300 pools, 30,000 delegators and k = 50 whose stake totals and reward pot
 * shrink by 50/500 as k does, so its saturation point and yields are mainnet's.
 */
export function validationWorld(size: ValidationSize): SimParams {
	const mainnet = presets.mainnet;
	if (size === 'mainnet') return mainnet;
	const k = 50;
	const scale = k / mainnet.k;
	return {
		...mainnet,
		pools: 300,
		delegators: 30_000,
		k,
		totalStakeAda: Math.round(mainnet.totalStakeAda * scale),
		delegatedStakeAda: Math.round(mainnet.delegatedStakeAda * scale),
		rewardPotAda: Math.round(mainnet.rewardPotAda * scale)
	};
}
