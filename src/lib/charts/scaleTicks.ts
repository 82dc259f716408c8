import { ticks } from 'd3-array';
import { decadeTicks } from './decadeTicks';
import type { ContinuousScale } from './spec';

/**
 * A scale's tick values: those the view gives, else the scale's own: d3's round numbers on a
 * linear scale, powers of ten (every other when there are more than six) on a log scale.
 */
export function scaleTicks(scale: ContinuousScale): readonly number[] {
	if (scale.ticks) return scale.ticks;
	const [lo, hi] = scale.domain;
	if (scale.type === 'linear') return ticks(lo, hi, scale.tickCount ?? 5);
	const from = 10 ** Math.ceil(Math.log10(lo) - 1e-9);
	const to = 10 ** Math.floor(Math.log10(hi) + 1e-9);
	const decades = Math.round(Math.log10(to / from));
	return decadeTicks(from, to, decades > 6 ? 2 : 1);
}
