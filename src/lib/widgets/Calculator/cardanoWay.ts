import { epochsPerYear } from '../../model/cardano/epochsPerYear';
import { expectedPoolRewards } from '../../model/cardano/expectedPoolRewards';
import { cardanoPoolDesign } from '../../model/designs/otherChainDesigns';
import { cardanoSnapshot } from '../../model/cardano/snapshot';
import type { CalculatorScenario } from '../../scenario/calculator';
import { yieldOf, type WayOfStaking } from './wayOfStaking';

/**
 * The reader's ada delegated to the scenario's pool, at the epoch-538 k, a0, reward pot and total stake:
 * the member reward per ada of one epoch, times the epochs in a year.
 */
export function cardanoWay(scenario: CalculatorScenario): WayOfStaking {
	const { rewardPotAda, k, a0, totalStakeAda } = cardanoSnapshot();
	const network = { rewardPotAda, k, a0, totalStakeAda };
	const terms = {
		pledgeAda: scenario.pledge,
		costAda: scenario.cost,
		margin: scenario.margin / 100
	};
	const perAda = expectedPoolRewards(scenario.poolStake, terms, network).memberRewardPerAda;
	const yearly = scenario.ada * perAda * epochsPerYear();
	return {
		id: 'cardano',
		label: 'Cardano delegator',
		asset: 'ada',
		own: scenario.ada,
		setup:
			scenario.pledge > scenario.poolStake
				? 'pool cannot meet its pledge'
				: 'delegated to the pool',
		yearly,
		yieldPercent: yieldOf(yearly, scenario.ada),
		spendableDays: cardanoPoolDesign.lockDays,
		spendable: 'always: delegated ada never leave your wallet',
		atRisk: 0,
		risk: 'nothing: Cardano has no slashing; a pool that performs badly only pays less',
		links: { reward: 'rewards#cost-and-margin', risk: 'leverage#a-pledge-is-not-at-risk' }
	};
}
