/** The size of the preview image every scenario has. */
export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Smaller previews are drawn at multiples of 40 px wide: 630/1200 is 21/40, so their height is a
 * whole number of pixels at exactly the card's aspect, and the size an oEmbed answer declares is
 * the size the image has.
 */
export const PREVIEW_WIDTH_STEP = 40;

/**
 * The width a preview link asks for with `w`: the nearest step between 40 px and the full
 * 1200 px; undefined (the full image) when it asks for none, the full width or nonsense.
 */
export function previewWidth(value: string | null): number | undefined {
	const n = value === null || value.trim() === '' ? NaN : Number(value);
	if (Number.isNaN(n)) return undefined;
	const steps = Math.round(n / PREVIEW_WIDTH_STEP);
	const width = Math.min(PREVIEW_IMAGE.width, Math.max(1, steps) * PREVIEW_WIDTH_STEP);
	return width === PREVIEW_IMAGE.width ? undefined : width;
}

/** The height of a preview drawn `width` pixels wide. */
export const previewHeight = (width: number) =>
	(width * PREVIEW_IMAGE.height) / PREVIEW_IMAGE.width;
