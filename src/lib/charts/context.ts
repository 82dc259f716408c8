import { getContext, setContext } from 'svelte';

/** A scale that maps a data value to a percentage of the plot area (0 = left/bottom edge). */
export type PercentScale = ((value: number) => number) & { domain(): number[] };

export interface ChartContext {
	readonly x: PercentScale;
	readonly y: PercentScale;
}

const key = Symbol('chart');

export function setChartContext(context: ChartContext): void {
	setContext(key, context);
}

export function getChartContext(): ChartContext {
	return getContext<ChartContext>(key);
}
