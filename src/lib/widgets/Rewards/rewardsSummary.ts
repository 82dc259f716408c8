import { formatStake } from '../../format/number';
import type { RewardsScenario } from '../../scenario/rewards';
import { formatPercent } from './formatPercent';
import { rewardsView, type RewardsView } from './rewardsView';

/** One sentence per idea: what saturation does to the yield, and what the second pool's pledge changes. */
export function rewardsSummary(
	scenario: RewardsScenario,
	view: RewardsView = rewardsView(scenario)
): string {
	const [pool, compare] = view.pools;
	const sat = view.saturation;
	const atSat = pool.at(sat);
	const atTriple = pool.at(3 * sat);
	const other = compare.at(sat);
	const terms = `pledging ${formatStake(scenario.pledge)} ada with a cost of ${formatStake(scenario.cost)} ada and a ${formatPercent(scenario.margin)} margin`;
	const second =
		`The second pool, pledging ${formatStake(scenario.comparePledge)} ada with a ${formatPercent(scenario.compareMargin)} margin, ` +
		`pays ${formatPercent(other.delegatorYieldPercent)} at saturation.`;
	// A pool cannot hold less than its pledge: one pledging past saturation is saturated alone.
	if (scenario.pledge >= sat)
		return (
			`A pool ${terms} is past saturation (${formatStake(sat)} ada) on its pledge alone: ` +
			`it earns ${formatStake(pool.at(scenario.pledge).poolReward)} ada a year, and delegation would add stake it is not paid for. ` +
			second
		);
	return (
		`A pool ${terms} earns ${formatStake(atSat.poolReward)} ada a year once it reaches saturation at ${formatStake(sat)} ada, ` +
		`and its delegators get ${formatPercent(atSat.delegatorYieldPercent)} a year; ` +
		`at three times saturation the pool earns no more, so they get ${formatPercent(atTriple.delegatorYieldPercent)}. ` +
		second
	);
}
