import { PREVIEW_IMAGE, PREVIEW_WIDTH_STEP, previewHeight } from '$lib/server/og/previewWidth';

/**
 * The thumbnail an oEmbed answer offers: the image's own 1200x630, or that scaled down (never up)
 * to fit inside the consumer's maxwidth and maxheight, on the steps the preview route draws
 * (so the image has exactly the declared size). Undefined when not even the smallest fits.
 */
export function thumbnailSize(maxWidth?: number, maxHeight?: number) {
	const fit = Math.min(
		PREVIEW_IMAGE.width,
		maxWidth ?? Infinity,
		((maxHeight ?? Infinity) * PREVIEW_IMAGE.width) / PREVIEW_IMAGE.height
	);
	if (fit >= PREVIEW_IMAGE.width)
		return { width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height };
	const width = Math.floor(fit / PREVIEW_WIDTH_STEP) * PREVIEW_WIDTH_STEP;
	return width > 0 ? { width, height: previewHeight(width) } : undefined;
}
