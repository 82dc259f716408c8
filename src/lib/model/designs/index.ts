import { ethereumSoloDesign } from './ethereumDesigns';
import { lidoCsmDesign, lidoCuratedDesign } from './lidoDesigns';
import { rocketPool16Design, rocketPool4Design, rocketPool8Design } from './rocketPoolDesigns';
import { cardanoPoolDesign, cip50Design, cosmosDesign, tezosDesign } from './otherChainDesigns';
import type { StakingDesign } from './stakingDesign';

export type { StakingDesign } from './stakingDesign';
export { csmBond, csmLeverage } from './csmBond';

/** The catalogue, from least to most leverage-tolerant as the explainer presents it. */
export const stakingDesigns: readonly StakingDesign[] = [
	ethereumSoloDesign,
	rocketPool16Design,
	rocketPool8Design,
	rocketPool4Design,
	lidoCsmDesign,
	lidoCuratedDesign,
	cosmosDesign,
	tezosDesign,
	cardanoPoolDesign,
	cip50Design
];
