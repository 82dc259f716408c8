import type { RewardNetwork } from '../../model/cardano/expectedPoolRewards';
import { maxLovelaceSupplyAda, reservesAda } from '../../model/params/cardano';
import { poolRewardPotAda } from '../../model/params/cardanoPopulation';
import { saturationPoint, totalStake } from '../../model/saturationPoint';
import type { RewardsScenario } from '../../scenario/rewards';

/** The network side of the scenario: the reader's k and a0 with mainnet's pot and total stake. */
export function rewardNetwork(scenario: RewardsScenario): RewardNetwork & { saturation: number } {
	const total = totalStake(maxLovelaceSupplyAda.value, reservesAda.value);
	return {
		rewardPotAda: poolRewardPotAda.value,
		k: scenario.k,
		a0: scenario.a0,
		totalStakeAda: total,
		saturation: saturationPoint(total, scenario.k)
	};
}
