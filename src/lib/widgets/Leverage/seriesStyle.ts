import type { PaletteColor } from '../../charts/palette';
import type { SeriesId } from './leverageView';

/**
 * Okabe–Ito colours (safe for colour-blind readers), each paired with its own dash pattern so no
 * series relies on colour alone. Pages draw them with the matching `--series-*` CSS variables.
 */
export const seriesStyle: Record<SeriesId, { color: PaletteColor; dash: string }> = {
	operator: { color: 'vermillion', dash: 'none' },
	thread: { color: 'purple', dash: '7 4' },
	cardano: { color: 'blue', dash: '2 4' },
	solo: { color: 'black', dash: 'none' },
	rp16: { color: 'green', dash: '10 3 2 3' },
	rp8: { color: 'orange', dash: '12 5' }
};

/** Short names for direct labels and the comparison rows. */
export const shortName: Record<SeriesId, string> = {
	operator: 'Your operator',
	thread: "The thread's 1 + 9 ETH",
	cardano: 'Cardano pool',
	solo: 'Solo validator',
	rp16: 'Rocket Pool, 16 ETH bond',
	rp8: 'Rocket Pool, 8 ETH bond'
};
