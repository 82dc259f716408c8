import { axisScale } from '../../charts/axisScale';
import type { PaletteColor } from '../../charts/palette';
import { bondedToday } from '../../widgets/Leverage/bondedToday';
import { formatLeverage, formatStake } from '../../format/number';
import type { LeverageView } from '../../widgets/Leverage/leverageView';
import { seriesStyle } from '../../widgets/Leverage/seriesStyle';

/** The leverage axis of the home figure: 1× to 1,000×, where the thread's comparison is readable. */
export const STEERED_DOMAIN = [1, 1000] as const;

export interface SteeredRow {
	readonly id: string;
	readonly label: string;
	readonly color: PaletteColor;
	/** What one unit of own stake at risk steers: the design's leverage. */
	readonly leverage: number;
	readonly value: string;
	/** Bar length, percent of the axis. */
	readonly width: number;
	/** True when the leverage runs past the axis: the bar ends in an arrow. */
	readonly beyond: boolean;
}

/**
 * The home figure's rows, from the leverage widget's view: for each design, the stake steered per
 * unit of own stake, the reader's operator first (its delegation is the figure's one control),
 * then the bonded designs running today from least to most (the model's catalogue), then Cardano.
 */
export function stakeSteeredRows(view: LeverageView): SteeredRow[] {
	const x = axisScale({ type: 'log', domain: STEERED_DOMAIN });
	const { lowest, rocketPool, highest } = bondedToday(view.today);
	const row = (id: string, label: string, leverage: number, color: PaletteColor): SteeredRow => ({
		id,
		label,
		color,
		leverage,
		value: formatLeverage(leverage),
		width: x(Math.min(leverage, STEERED_DOMAIN[1])),
		beyond: leverage > STEERED_DOMAIN[1]
	});
	return [
		row(
			'operator',
			`An operator with ${formatStake(view.operator.own)} ETH of its own and ${formatStake(view.operator.delegated)} ETH delegated`,
			view.operator.leverage,
			seriesStyle.operator.color
		),
		row(lowest.id, lowest.label, lowest.leverage, seriesStyle.solo.color),
		row(rocketPool.id, rocketPool.label, rocketPool.leverage, 'orange'),
		row(highest.id, highest.label, highest.leverage, 'green'),
		row(
			'cardano',
			`Cardano pool pledging ${formatStake(view.cardano.pledge)} ada, at saturation (the pledge cannot be slashed)`,
			view.cardano.leverageAtSaturation,
			seriesStyle.cardano.color
		)
	];
}

/** Where the thread's example (1 ETH own, 9 delegated: 10×) sits on the axis, percent. */
export function threadMark(view: LeverageView): { value: string; left: number } {
	const x = axisScale({ type: 'log', domain: STEERED_DOMAIN });
	return { value: formatLeverage(view.thread.leverage), left: x(view.thread.leverage) };
}
