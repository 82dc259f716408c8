import { formatStake } from '../../format/number';
import type { CalculatorScenario } from '../../scenario/calculator';
import { formatDays } from '../Punishment/formatDays';
import { formatPercent } from '../Rewards/formatPercent';
import { calculatorView, type CalculatorView } from './calculatorView';

/** What the table says in two sentences: the yearly reward of each way, then locks and risks. */
export function calculatorSummary(
	scenario: CalculatorScenario,
	view: CalculatorView = calculatorView(scenario)
): string {
	const paid = view.ways
		.map((w) => `${w.label} ${formatStake(w.yearly)} ${w.asset} (${formatPercent(w.yieldPercent)})`)
		.join(', ');
	const locked = view.ways.filter((w) => w.spendableDays > 0);
	const shortest = Math.min(...locked.map((w) => w.spendableDays));
	const lockText = locked.length
		? `Validator operators wait at least ${formatDays(shortest)} for their ETH after asking to exit; tokens and delegated ada can be spent at once`
		: 'Nothing is locked at this amount: tokens and delegated ada can be spent at once';
	return (
		`With ${formatStake(scenario.eth)} ETH, ${formatStake(scenario.totalEth)} ETH staked in all, and ${formatStake(scenario.ada)} ada, a year pays: ${paid}. ` +
		`${lockText}, and only the Cardano delegator risks nothing.`
	);
}
