export const MIN_SCALE = 1;
export const MAX_SCALE = 4;
/** Slides want twice the figure's pixels; a link without a scale gets that. */
export const DEFAULT_SCALE = 2;

/**
 * The pixel scale a PNG export is drawn at, from a link's `scale`: the nearest half step between
 * 1 and 4; a value that is not a number gets the default.
 */
export function exportScale(value: string | null): number {
	const n = value === null || value.trim() === '' ? NaN : Number(value);
	if (Number.isNaN(n)) return DEFAULT_SCALE;
	return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(n * 2) / 2));
}
