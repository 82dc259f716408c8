import { getContext, setContext } from 'svelte';

/** A scale that maps a data value to a percentage of the plot area (0 = left/top edge). */
export type PercentScale = (value: number) => number;

export interface ChartContext {
	readonly x: PercentScale;
	readonly y: PercentScale;
	/** The plot's size in pixels: measured in the browser, estimated on the server. */
	readonly size: { readonly width: number; readonly height: number };
}

const key = Symbol('chart');

export function setChartContext(context: ChartContext): void {
	setContext(key, context);
}

export function getChartContext(): ChartContext {
	return getContext<ChartContext>(key);
}
