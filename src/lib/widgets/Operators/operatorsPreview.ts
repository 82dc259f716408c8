import { fitText } from '../../format/fitText';
import type { OperatorsScenario } from '../../scenario/operators';
import type { Preview } from '../preview';
import { serverFrame } from './serverFrame';
import { formatShareFixed } from '../../format/percent';
import { operatorsSummary } from './operatorsSummary';
import { operatorsChart } from './operatorsChart';
import { operatorsView } from './operatorsView';

/** The scenario as a link preview: the game's last round, operators as bars, largest first. */
export function operatorsPreview(scenario: OperatorsScenario): Preview {
	const { frame, final } = serverFrame(scenario);
	const view = operatorsView(frame);
	const outcome = !final ? `Round ${frame.rounds}: ` : frame.converged ? '' : 'Not converged: ';
	return {
		title: fitText(
			`${outcome}k = ${frame.k}: ${frame.pools} pools, ${frame.operators} operators, ${frame.nakamoto} hold half`,
			80
		),
		description: fitText(operatorsSummary(frame, !final), 250),
		keyNumbers: [
			{ label: 'pools', value: String(frame.pools) },
			{ label: 'operators holding half the stake', value: String(frame.nakamoto) },
			{ label: 'total pledge', value: formatShareFixed(frame.totalPledge) }
		],
		chart: operatorsChart(view, frame)
	};
}
