import { formatLeverage, formatStake } from '../../format/number';
import type { LeverageScenario } from '../../scenario/leverage';
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
	return `${first} ${pool}; Rocket Pool bonds hold leverage at ${formatLeverage(bonded.rp16)} and ${formatLeverage(bonded.rp8)}, a solo validator at ${formatLeverage(bonded.solo)}.`;
}
