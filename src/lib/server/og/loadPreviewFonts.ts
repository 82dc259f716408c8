import { read } from '$app/server';
import dejaVuSans from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff?url';
import interBold from '@fontsource/inter/files/inter-latin-700-normal.woff?url';
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff?url';
import type { PreviewFonts } from './renderPreviewPng';

let fonts: Promise<PreviewFonts> | undefined;

/** The preview fonts, read once from the built site's assets. */
export function loadPreviewFonts(): Promise<PreviewFonts> {
	fonts ??= Promise.all(
		[interRegular, interBold, dejaVuSans].map((url) => read(url).arrayBuffer())
	).then(([regular, bold, dejaVu]) => ({
		interRegular: regular,
		interBold: bold,
		dejaVuSans: dejaVu
	}));
	return fonts;
}
