import { epochsPerYear } from '../../model/cardano/epochsPerYear';
import { expectedPoolRewards, type PoolTerms } from '../../model/cardano/expectedPoolRewards';
import type { RewardsScenario } from '../../scenario/rewards';
import { rewardNetwork } from './rewardNetwork';
import { sampleStakes } from './sampleStakes';

export type PoolId = 'pool' | 'compare';
type Point = readonly [number, number];

/** A pool's yearly figures at one stake: ada for the pool and operator, percent for delegators. */
export interface YearlyRewards {
	readonly stake: number;
	readonly poolReward: number;
	readonly operatorReward: number;
	readonly delegatorYieldPercent: number;
}

export interface PoolCurve {
	readonly id: PoolId;
	readonly label: string;
	readonly terms: PoolTerms;
	readonly at: (stake: number) => YearlyRewards;
	readonly pool: Point[];
	readonly operator: Point[];
	readonly yield: Point[];
}

export interface RewardsView {
	readonly saturation: number;
	readonly stakeDomain: readonly [number, number];
	/** R/k a year: a saturated, fully pledged pool's reward, the most any pool can earn. */
	readonly maxPoolReward: number;
	/** The per-ada yield of that pool with no cost or margin: no delegator can get more. */
	readonly maxYieldPercent: number;
	/** Three decades of ada a year up to the power of ten above maxPoolReward, for a log axis. */
	readonly rewardDomain: readonly [number, number];
	readonly pools: readonly [PoolCurve, PoolCurve];
}

/** Everything the rewards widget shows for a scenario, from the Cardano reward model. */
export function rewardsView(scenario: RewardsScenario): RewardsView {
	const network = rewardNetwork(scenario);
	const epochs = epochsPerYear();
	const { saturation } = network;
	const stakeDomain = [0, 3 * saturation] as const;
	const curve = (id: PoolId, label: string, terms: PoolTerms): PoolCurve => {
		const at = (stake: number): YearlyRewards => {
			const r = expectedPoolRewards(stake, terms, network);
			return {
				stake,
				poolReward: r.poolReward * epochs,
				operatorReward: r.operatorReward * epochs,
				delegatorYieldPercent: r.memberRewardPerAda * epochs * 100
			};
		};
		const stakes = sampleStakes(stakeDomain[1], [saturation, terms.pledgeAda]).filter(
			(s) => s > 0 && s >= terms.pledgeAda
		);
		const rows = stakes.map(at);
		return {
			...{ id, label, terms, at },
			pool: rows.filter((r) => r.poolReward > 0).map((r) => [r.stake, r.poolReward]),
			operator: rows.filter((r) => r.operatorReward > 0).map((r) => [r.stake, r.operatorReward]),
			yield: rows.map((r) => [r.stake, r.delegatorYieldPercent])
		};
	};
	const cost = scenario.cost;
	const best = expectedPoolRewards(
		saturation,
		{ pledgeAda: saturation, costAda: 0, margin: 0 },
		network
	);
	const maxPoolReward = best.poolReward * epochs;
	const top = 10 ** Math.ceil(Math.log10(maxPoolReward));
	return {
		saturation,
		stakeDomain,
		maxPoolReward,
		rewardDomain: [top / 1000, top],
		maxYieldPercent: best.memberRewardPerAda * epochs * 100,
		pools: [
			curve('pool', 'Your pool', {
				pledgeAda: scenario.pledge,
				costAda: cost,
				margin: scenario.margin / 100
			}),
			curve('compare', 'Second pool', {
				pledgeAda: scenario.comparePledge,
				costAda: cost,
				margin: scenario.compareMargin / 100
			})
		]
	};
}
