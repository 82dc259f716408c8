import { formatLeverage, formatStake } from '../../format/number';
import type { LeverageScenario } from '../../scenario/leverage';
import { rocketPool16, rocketPool8 } from '../../model/leverageDesigns';
import { bondedToday } from './bondedToday';
import { leverageView, type LeverageView } from './leverageView';

/** One sentence that says what the chart shows for this scenario. */
export function leverageSummary(
	scenario: LeverageScenario,
	view: LeverageView = leverageView(scenario)
): string {
	const { operator, cardano, bonded } = view;
	const first =
		operator.own > 0
			? `With ${formatStake(operator.own)} ETH of its own and ${formatStake(operator.delegated)} ETH delegated, an operator steers ${formatStake(operator.controlled)} ETH: ${formatLeverage(operator.leverage)} leverage.`
			: `With nothing of its own at stake, an operator steering ${formatStake(operator.delegated)} ETH of delegated stake has ${formatLeverage(operator.leverage)} leverage.`;
	const pool =
		cardano.pledge >= cardano.saturation
			? `A Cardano pool pledging ${formatStake(cardano.pledge)} ada is past saturation (${formatStake(cardano.saturation)} ada) on its pledge alone, so delegation adds nothing it is paid for: ${formatLeverage(cardano.leverageAtSaturation)} leverage`
			: cardano.pledge > 0
				? `A Cardano pool pledging ${formatStake(cardano.pledge)} ada reaches saturation (${formatStake(cardano.saturation)} ada) at ${formatLeverage(cardano.leverageAtSaturation)} its pledge`
				: `A Cardano pool with no pledge has ${formatLeverage(cardano.leverageAtSaturation)} pledge leverage`;
	const { lowest, highest, rocketPool } = bondedToday(view.today);
	// "Lido CSM, each further validator (1.3 ETH bond)" inside parentheses of its own.
	const flat = (label: string) => label.replace(/ \((.*)\)$/, ', $1');
	return `${first} ${pool}. Bonded designs running today range from ${formatLeverage(lowest.leverage)} (${flat(lowest.label)}) to ${formatLeverage(highest.leverage)} (${flat(highest.label)}); a Rocket Pool megapool validator has ${formatLeverage(rocketPool.leverage)}, where Rocket Pool's earlier ${formatStake(rocketPool16.bond.value)} and ${formatStake(rocketPool8.bond.value)} ETH bonds gave ${formatLeverage(bonded.rp16)} and ${formatLeverage(bonded.rp8)}.`;
}
