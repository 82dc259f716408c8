/** The size of the preview image every scenario has. */
export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

/**
 * The thumbnail size an oEmbed answer declares: the image's own 1200x630, or that scaled down
 * (never up) to fit inside the consumer's maxwidth and maxheight.
 */
export function thumbnailSize(maxWidth?: number, maxHeight?: number) {
	const scale = Math.min(
		1,
		(maxWidth ?? Infinity) / PREVIEW_IMAGE.width,
		(maxHeight ?? Infinity) / PREVIEW_IMAGE.height
	);
	return {
		width: Math.floor(PREVIEW_IMAGE.width * scale),
		height: Math.floor(PREVIEW_IMAGE.height * scale)
	};
}
