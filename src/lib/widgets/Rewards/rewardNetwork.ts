import { cardanoSnapshot } from '../../model/cardano/snapshot';
import type { RewardNetwork } from '../../model/cardano/expectedPoolRewards';
import { saturationPoint } from '../../model/saturationPoint';
import type { RewardsScenario } from '../../scenario/rewards';

/** The network side of the scenario: the reader's k and a0 with the epoch-538 pot and total stake. */
export function rewardNetwork(scenario: RewardsScenario): RewardNetwork & { saturation: number } {
	const { rewardPotAda, totalStakeAda } = cardanoSnapshot();
	return {
		rewardPotAda,
		k: scenario.k,
		a0: scenario.a0,
		totalStakeAda,
		saturation: saturationPoint(totalStakeAda, scenario.k)
	};
}
