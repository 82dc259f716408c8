import type { PaletteColor } from '../../charts/palette';
import type { PoolId } from './rewardsView';

export type Measure = 'pool' | 'operator' | 'yield';

/**
 * Okabe–Ito colours, each with its own dash pattern. Your pool: the pool reward blue, the
 * operator's part vermillion, the delegators' yield green. The second pool takes other colours
 * and dashes, so where both pools earn the same its line still shows over yours.
 */
export const seriesStyle: Record<
	PoolId,
	Record<Measure, { color: PaletteColor; dash: string; width: number }>
> = {
	pool: {
		pool: { color: 'blue', dash: 'none', width: 2.5 },
		operator: { color: 'vermillion', dash: '1 5', width: 3 },
		yield: { color: 'green', dash: 'none', width: 2.5 }
	},
	compare: {
		pool: { color: 'purple', dash: '9 6', width: 2.5 },
		operator: { color: 'orange', dash: '9 5 1 5', width: 2.5 },
		yield: { color: 'purple', dash: '9 6', width: 2.5 }
	}
};
