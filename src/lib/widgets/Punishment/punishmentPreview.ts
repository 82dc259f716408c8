import { windowsChart } from './punishmentCharts';
import { fitText } from '../../format/fitText';
import { formatStake } from '../../format/number';
import type { PunishmentScenario } from '../../scenario/punishment';
import type { Preview } from '../preview';
import { formatDayCount, formatDays } from './formatDays';
import { formatShare } from '../../format/percent';
import { punishmentSummary } from './punishmentSummary';
import { designOf, formulaOf, punishmentView } from './punishmentView';

/** The punishment scenario as a link preview: the slashing-loss panel and the windows as numbers. */
export function punishmentPreview(scenario: PunishmentScenario): Preview {
	const view = punishmentView(scenario);
	const ethereum = designOf(view, 'ethereum');
	const cosmos = designOf(view, 'cosmos');
	const tezos = designOf(view, 'tezos');
	const electra = formulaOf(view, 'electra');
	const polkadot = designOf(view, 'polkadot');
	// Every design the chart draws, so the headline never leaves out the longest window.
	const title = `Days punishable: Ethereum ${formatDayCount(ethereum.operatorDays)}, Polkadot ${formatDayCount(polkadot.operatorDays)}, Cosmos ${formatDayCount(cosmos.operatorDays)}, Tezos ${formatDayCount(tezos.operatorDays)}, Cardano never`;
	return {
		title: fitText(title, 80),
		description: fitText(punishmentSummary(scenario, view), 250),
		keyNumbers: [
			{
				label: `Ethereum, ${formatStake(view.queueEth)} ETH queued`,
				value: formatDays(ethereum.operatorDays)
			},
			{ label: 'Cosmos evidence window (defaults)', value: formatDays(cosmos.operatorDays) },
			{
				label: `loss at ${formatShare(view.slashedShare)} slashed (Electra)`,
				value: `${formatStake(electra.lossEth)} ETH`
			}
		],
		chart: windowsChart(view)
	};
}
