import type { SeriesId } from './leverageView';

/**
 * Okabe–Ito colours (safe for colour-blind readers) set per colour scheme in app.css, each paired
 * with its own dash pattern so no series relies on colour alone.
 */
export const seriesStyle: Record<SeriesId, { color: string; dash: string }> = {
	operator: { color: 'var(--series-vermillion)', dash: 'none' },
	thread: { color: 'var(--series-purple)', dash: '7 4' },
	cardano: { color: 'var(--series-blue)', dash: '2 3' },
	solo: { color: 'var(--series-black)', dash: 'none' },
	rp16: { color: 'var(--series-green)', dash: '10 3 2 3' },
	rp8: { color: 'var(--series-orange)', dash: '12 5' }
};
