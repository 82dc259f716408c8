import { readFileSync } from 'node:fs';
import type { PreviewFonts } from '../../src/lib/server/og/renderPreviewPng';

const font = (path: string) => {
	const buffer = readFileSync(`node_modules/${path}`);
	return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
};

/** The preview fonts the site ships, read from the packages (tests have no built assets to read). */
export function shippedPreviewFonts(): PreviewFonts {
	return {
		interRegular: font('@fontsource/inter/files/inter-latin-400-normal.woff'),
		interBold: font('@fontsource/inter/files/inter-latin-700-normal.woff'),
		dejaVuSans: font('@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff')
	};
}
