import type { PoolId } from './rewardsView';

export type Measure = 'pool' | 'operator' | 'yield';

/**
 * Okabe–Ito colours from app.css, each with its own dash pattern: the pool reward blue, the
 * operator's part vermillion, the delegators' yield green. The second pool keeps the colours with
 * longer dashes, so no line relies on colour alone; the legend names every pattern.
 */
export const seriesStyle: Record<PoolId, Record<Measure, { color: string; dash: string }>> = {
	pool: {
		pool: { color: 'var(--series-blue)', dash: 'none' },
		operator: { color: 'var(--series-vermillion)', dash: '2 4' },
		yield: { color: 'var(--series-green)', dash: 'none' }
	},
	compare: {
		pool: { color: 'var(--series-blue)', dash: '10 5' },
		operator: { color: 'var(--series-vermillion)', dash: '10 4 2 4' },
		yield: { color: 'var(--series-green)', dash: '10 5' }
	}
};
