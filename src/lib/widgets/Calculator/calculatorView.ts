import { nice } from 'd3-array';
import { annualRate } from '../../model/ethereum/annualRate';
import { gweiFromEth } from '../../model/ethereum/gwei';
import type { CalculatorScenario } from '../../scenario/calculator';
import { cardanoWay } from './cardanoWay';
import { ethereumWays } from './ethereumWays';
import { tokenWays } from './tokenWays';
import type { WayId, WayOfStaking } from './wayOfStaking';

export interface CalculatorView {
	/** Ethereum's yearly consensus reward per staked ETH at the scenario's total stake. */
	readonly rate: number;
	readonly ways: readonly WayOfStaking[];
	/** The way that pays the most per unit put in. */
	readonly best: WayOfStaking;
	/** Yield axis of the chart, in percent: 0 to a round number above the best yield. */
	readonly yieldDomain: readonly [number, number];
}

/** Everything the calculator shows for a scenario, from the Ethereum, pool and Cardano models. */
export function calculatorView(scenario: CalculatorScenario): CalculatorView {
	const rate = annualRate(gweiFromEth(Math.round(scenario.totalEth)));
	const ways = [
		...ethereumWays(scenario.eth, scenario.totalEth, rate),
		...tokenWays(scenario.eth, rate),
		cardanoWay(scenario)
	];
	const best = ways.reduce((a, b) => (b.yieldPercent > a.yieldPercent ? b : a));
	const [, top] = nice(0, Math.max(1, best.yieldPercent * 1.1), 5);
	return { rate, ways, best, yieldDomain: [0, top] };
}

/** The way with this id; every view lists each id once. */
export function wayOf(view: CalculatorView, id: WayId): WayOfStaking {
	const way = view.ways.find((w) => w.id === id);
	if (!way) throw new RangeError(`no way "${id}"`);
	return way;
}
