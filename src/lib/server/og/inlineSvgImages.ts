const NESTED =
	/<image x="([\d.-]+)" y="([\d.-]+)" width="[\d.]+" height="[\d.]+" href="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)"([^>]*)\/>/g;

/**
 * Draws the SVG pictures a layout placed as `<image>` data links (the chart, legend swatches)
 * into the document itself, so the file is one flat SVG: slide programs that do not follow
 * image links inside an SVG still show the chart. Each picture was placed at its own size, so a
 * translation puts it where the image was; its clip and mask stay on a group around it.
 */
export function inlineSvgImages(svg: string): string {
	return svg.replace(NESTED, (_, x: string, y: string, base64: string, rest: string) => {
		const inner = Buffer.from(base64, 'base64')
			.toString('utf8')
			.replace(/^\s*<svg[^>]*>/, '')
			.replace(/<\/svg>\s*$/, '');
		const clip = rest.replace(/\s*preserveAspectRatio="[^"]*"/, '');
		return `<g${clip}><g transform="translate(${x} ${y})">${inner}</g></g>`;
	});
}
