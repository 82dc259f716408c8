import { cardanoSnapshot, delegatedShare, saturablePools } from '../model/cardano/snapshot';
import { epochsPerYear } from '../model/cardano/epochsPerYear';
import { cardano } from '../model/params';
import { rho, tau } from '../model/params/cardanoLedger';
import { currentDefaults } from '../scenario/schema';
import { rewardsSchema } from '../scenario/rewards';
import { rewardsView } from '../widgets/Rewards/rewardsView';

const LOVELACE_PER_ADA = 1e6;
const ada = (lovelace: bigint) => Number(lovelace) / LOVELACE_PER_ADA;

/** Every number the rewards article prints, from the epoch-538 snapshot and the widget's view. */
export function rewardsFigures() {
	const defaults = currentDefaults(rewardsSchema);
	const initial = rewardsView(defaults);
	const sat = initial.saturation;
	const pool = (pledge: number) => rewardsView({ ...defaults, pledge }).pools[0].at(sat);
	const zeroPledge = pool(0);
	const snapshot = cardanoSnapshot();
	const { derivation } = snapshot;
	return {
		defaults,
		snapshot,
		pot: {
			reservesAda: snapshot.reservesAda,
			rho: rho.value,
			eta: Number(derivation.eta.num) / Number(derivation.eta.den),
			blocksMade: snapshot.blocksMade,
			expectedBlocks: Number(derivation.expectedBlocks),
			expansionAda: ada(derivation.deltaR1),
			feesAda: snapshot.feesAda,
			potAda: ada(derivation.rewardPot),
			tau: tau.value,
			treasuryAda: ada(derivation.deltaT1),
			rewardPotAda: snapshot.rewardPotAda
		},
		k: cardano.k,
		genesisK: cardano.genesisK,
		saturation: sat,
		delegatedShare: delegatedShare(snapshot),
		saturablePools: saturablePools(snapshot),
		maxPoolReward: initial.maxPoolReward,
		forfeited: 1 - zeroPledge.poolReward / initial.maxPoolReward,
		zeroPledge,
		typical: initial.pools[0].at(sat),
		full: pool(Math.round(sat)),
		epochsPerYear: epochsPerYear()
	};
}
