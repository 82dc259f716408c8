import { ticks } from 'd3-array';
import type { EpochPoint } from './epochPoint';
import { formatShare } from '../../format/percent';
import { formatRatio } from '../../format/ratio';
import type { MigrationView } from './migrationView';

export type SeriesId = 'maxPoolStakeRatio' | 'poolsOverSaturation' | 'nakamoto' | 'movedShare';

export interface MetricSeries {
	readonly id: SeriesId;
	readonly title: string;
	readonly points: readonly (readonly [number, number])[];
	readonly top: number;
	readonly ticks: readonly number[];
	readonly format: (value: number) => string;
}

const whole = (n: number) => String(n);
const twoDigitShare = (share: number) => formatShare(share, 2);
const specs: { id: SeriesId; title: string; format: (v: number) => string; min: number }[] = [
	{ id: 'maxPoolStakeRatio', title: 'largest pool ÷ saturation', format: formatRatio, min: 1.5 },
	{ id: 'poolsOverSaturation', title: 'pools over saturation', format: whole, min: 4 },
	{ id: 'nakamoto', title: 'pools holding half the stake', format: whole, min: 4 },
	{ id: 'movedShare', title: 'stake moved in the epoch', format: twoDigitShare, min: 0.05 }
];

/** The metric series beside the bars, epoch 0 to now; `movedShare` starts at epoch 1. */
export function migrationSeries(view: MigrationView): MetricSeries[] {
	return specs.map(({ id, title, format, min }) => {
		const from = id === 'movedShare' ? 1 : 0;
		const points = view.points.slice(from).map((p: EpochPoint) => [p.epoch, p[id]] as const);
		const top = Math.max(min, ...points.map((p) => p[1]));
		const axis = ticks(0, top, 3).filter((t) => id === 'movedShare' || Number.isInteger(t));
		return { id, title, points, top: top * 1.08, ticks: axis, format };
	});
}
