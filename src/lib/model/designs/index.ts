import { ethereumSoloDesign } from './ethereumDesigns';
import { lidoCsmDesign, lidoCsmIcsDesign, lidoCuratedDesign } from './lidoDesigns';
import { rocketPool16Design, rocketPool4Design, rocketPool8Design } from './rocketPoolDesigns';
import {
	cardanoPoolDesign,
	cip50Design,
	cosmosDesign,
	polkadotDesign,
	tezosDesign
} from './otherChainDesigns';
import type { StakingDesign } from './stakingDesign';

export type { StakingDesign } from './stakingDesign';
export { csmBond, csmIcsCurve, csmLeverage } from './csmBond';

/** The catalogue, from least to most leverage-tolerant as the explainer presents it. */
export const stakingDesigns: readonly StakingDesign[] = [
	ethereumSoloDesign,
	rocketPool16Design,
	rocketPool8Design,
	rocketPool4Design,
	lidoCsmDesign,
	lidoCsmIcsDesign,
	lidoCuratedDesign,
	cosmosDesign,
	polkadotDesign,
	tezosDesign,
	cardanoPoolDesign,
	cip50Design
];

/** The design with this id. */
export function designById(id: string): StakingDesign {
	const design = stakingDesigns.find((d) => d.id === id);
	if (!design) throw new RangeError(`no staking design "${id}"`);
	return design;
}
