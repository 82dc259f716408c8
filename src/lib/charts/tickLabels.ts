import { textWidth } from './textWidth';
import { thinTicks } from './thinTicks';

export type TickAlign = 'start' | 'middle' | 'end';

/** The first and last x labels end at the plot's edges instead of overhanging them. */
export const tickAlign = (percent: number): TickAlign =>
	percent < 3 ? 'start' : percent > 97 ? 'end' : 'middle';

/** A label's left and right in pixels, for a tick `percent` across a plot `width` pixels wide. */
export function tickLabelExtent(percent: number, width: number, label: string): [number, number] {
	const at = (percent / 100) * width;
	const size = textWidth(label);
	const left = { start: at, middle: at - size / 2, end: at - size }[tickAlign(percent)];
	return [left, left + size];
}

/** The x ticks labelled at this width: every k-th, so that neighbours never run together. */
export const labelledTicks = (
	ticks: readonly number[],
	x: (value: number) => number,
	width: number,
	format: (value: number) => string
): number[] => thinTicks(ticks, (t) => tickLabelExtent(x(t), width, format(t)), 10);
