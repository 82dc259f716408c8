import { scaleLinear, scaleLog } from 'd3-scale';

export interface AxisSpec {
	readonly type: 'linear' | 'log';
	readonly domain: readonly [number, number];
}

/**
 * A clamped d3 scale from the axis domain to percent of the plot area. `flip` puts the domain
 * minimum at 100 %, as the y axis needs in SVG coordinates.
 */
export function axisScale(spec: AxisSpec, flip = false) {
	const range: [number, number] = flip ? [100, 0] : [0, 100];
	const scale = spec.type === 'log' ? scaleLog() : scaleLinear();
	return scale
		.domain([...spec.domain])
		.range(range)
		.clamp(true);
}
