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
	return (
		`A pool ${terms} earns ${formatStake(atSat.poolReward)} ada a year once it reaches saturation at ${formatStake(sat)} ada, ` +
		`and its delegators get ${formatPercent(atSat.delegatorYieldPercent)} a year; ` +
		`at three times saturation the pool earns no more, so they get ${formatPercent(atTriple.delegatorYieldPercent)}. ` +
		`The second pool, pledging ${formatStake(scenario.comparePledge)} ada with a ${formatPercent(scenario.compareMargin)} margin, ` +
		`pays ${formatPercent(other.delegatorYieldPercent)} at saturation.`
	);
}
