import { describe, expect, it } from 'vitest';
import { renderPreviewPng } from '../../src/lib/server/og/renderPreviewPng';
import { widgets } from '../../src/lib/widgets';
import { widgetEntry } from '../../src/lib/widgets/registry';
import { currentDefaults } from '../../src/lib/scenario/schema';
import { loadPreviewFonts } from '../../src/lib/server/og/loadPreviewFonts';

const fonts = await loadPreviewFonts();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
}

describe('renderPreviewPng', () => {
	for (const slug of Object.keys(widgets) as (keyof typeof widgets)[]) {
		it(`renders the ${slug} default scenario as a 1200x630 PNG`, async () => {
			const widget = widgetEntry(slug);
			const png = await renderPreviewPng(
				widget.title,
				widget.preview(currentDefaults(widget.schema)),
				fonts
			);
			expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
			expect(pngSize(png)).toEqual([1200, 630]);
		});
	}
});

describe('previews stay within what forums show', () => {
	for (const slug of Object.keys(widgets) as (keyof typeof widgets)[]) {
		it(`${slug}: title ≤ 80 and description ≤ 250 characters`, () => {
			const widget = widgetEntry(slug);
			const preview = widget.preview(currentDefaults(widget.schema));
			expect(preview.title.length).toBeLessThanOrEqual(80);
			expect(preview.description.length).toBeLessThanOrEqual(250);
			expect(preview.keyNumbers.length).toBeGreaterThanOrEqual(2);
		});
	}
});
