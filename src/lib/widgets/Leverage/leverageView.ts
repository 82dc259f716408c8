import { delegatedLeverage } from '../../model/leverage';
import {
	ethereumSolo,
	rocketPool16,
	rocketPool8,
	threadExample,
	type LeverageDesign
} from '../../model/leverageDesigns';
import { designLeverage, leverageSeries, type LeveragePoint } from '../../model/leverageSeries';
import { cardanoSnapshot } from '../../model/cardano/snapshot';
import { leverageToday, type LeverageToday } from '../../model/designs/leverageToday';
import { thread as threadParams } from '../../model/params';
import type { LeverageScenario } from '../../scenario/leverage';

export const DELEGATED_DOMAIN = [1, 1e9] as const;
export const LEVERAGE_DOMAIN = [1, 1e9] as const;

export type SeriesId = 'operator' | 'thread' | 'cardano' | 'solo' | 'rp16' | 'rp8';

export interface SeriesView {
	readonly id: SeriesId;
	readonly label: string;
	readonly unit: 'ETH' | 'ada';
	/** Leverage at a delegated stake. */
	readonly at: (delegated: number) => number;
	/** Plotted points; empty when leverage is infinite. */
	readonly points: LeveragePoint[];
}

export interface LeverageView {
	readonly series: SeriesView[];
	readonly operator: { own: number; delegated: number; controlled: number; leverage: number };
	readonly thread: { own: number; delegated: number; leverage: number };
	readonly cardano: {
		pledge: number;
		saturation: number;
		delegatedAtSaturation: number;
		leverageAtSaturation: number;
	};
	readonly bonded: { solo: number; rp16: number; rp8: number };
	/** The designs in use today, 1× to ∞, for a panel that tells 2×, 8×, 13× and 25× apart. */
	readonly today: LeverageToday[];
}

const designSeries = (id: SeriesId, design: LeverageDesign, label = design.label): SeriesView => {
	const at = (d: number) => designLeverage(design, d);
	return { id, label, unit: 'ETH', at, points: leverageSeries(at, ...DELEGATED_DOMAIN) };
};

const ownSeries = (id: SeriesId, label: string, unit: 'ETH' | 'ada', own: number): SeriesView => {
	const at = (d: number) => delegatedLeverage(own, d);
	return { id, label, unit, at, points: leverageSeries(at, ...DELEGATED_DOMAIN) };
};

/** Everything the leverage widget shows for a scenario, from the model. */
export function leverageView(scenario: LeverageScenario): LeverageView {
	const { own, delegated, pledge } = scenario;
	const saturation = cardanoSnapshot().saturationAda;
	const delegatedAtSaturation = Math.max(0, saturation - pledge);
	const thread = {
		own: threadExample.ownStake.value,
		delegated: threadParams.threadDelegatedEth.value
	};
	return {
		series: [
			ownSeries('operator', 'Your operator', 'ETH', own),
			designSeries('thread', threadExample),
			ownSeries('cardano', 'Cardano pool (pledge)', 'ada', pledge),
			designSeries('solo', ethereumSolo),
			designSeries('rp16', rocketPool16),
			designSeries('rp8', rocketPool8)
		],
		operator: {
			own,
			delegated,
			controlled: own + delegated,
			leverage: delegatedLeverage(own, delegated)
		},
		thread: { ...thread, leverage: delegatedLeverage(thread.own, thread.delegated) },
		cardano: {
			pledge,
			saturation,
			delegatedAtSaturation,
			leverageAtSaturation: delegatedLeverage(pledge, delegatedAtSaturation)
		},
		bonded: {
			solo: designLeverage(ethereumSolo, 0),
			rp16: designLeverage(rocketPool16, 0),
			rp8: designLeverage(rocketPool8, 0)
		},
		today: leverageToday()
	};
}
