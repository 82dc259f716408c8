import { formatStake } from '../../format/number';
import type { PunishmentScenario } from '../../scenario/punishment';
import { formatDays } from './formatDays';
import { formatShare } from '../../format/percent';
import { designOf, formulaOf, punishmentView, type PunishmentView } from './punishmentView';

/** What the two panels show for this scenario, in two sentences. */
export function punishmentSummary(
	scenario: PunishmentScenario,
	view: PunishmentView = punishmentView(scenario)
): string {
	const ethereum = designOf(view, 'ethereum');
	const reachable = view.designs.filter((d) => d.isOperatorPunishable || d.isDelegatorPunishable);
	const names = reachable.map((d) =>
		d.isDelegatorPunishable ? `${d.label} (operator and delegators)` : `${d.label} (operator only)`
	);
	const first =
		names.length > 0
			? `Evidence decidable on day ${view.day} can still punish stake on ${names.join(', ')}.`
			: `Evidence decidable on day ${view.day} comes too late everywhere: all stake has left.`;
	const legacy = formulaOf(view, 'legacy');
	const electra = formulaOf(view, 'electra');
	return (
		`${first} With ${formatStake(view.queueEth)} ETH queued to exit, Ethereum stake stays slashable for ${formatDays(ethereum.operatorDays)}. ` +
		`A 32 ETH validator slashed with ${formatShare(view.slashedShare)} of all stake loses ${formatStake(legacy.lossEth)} ETH under the legacy formula (${formatStake(legacy.initialEth)} initial + ${formatStake(legacy.correlationEth)} correlation) and ${formatStake(electra.lossEth)} ETH under Electra’s (${formatStake(electra.initialEth)} + ${formatStake(electra.correlationEth)}).`
	);
}
