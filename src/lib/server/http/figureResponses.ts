import type { ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { figurePng, figureSvg } from '../cache/previewImages';
import { exportHeaders } from './exportHeaders';

/** A scenario's exported figure as SVG, text outlined. */
export async function figureSvgResponse(found: ScenarioFromUrl, origin: string): Promise<Response> {
	const svg = await figureSvg(found, origin);
	return new Response(svg as Uint8Array<ArrayBuffer>, {
		headers: exportHeaders(found, 'image/svg+xml; charset=utf-8', 'svg')
	});
}

/** The same figure as PNG, `scale` times its 1200 px width. */
export async function figurePngResponse(
	found: ScenarioFromUrl,
	origin: string,
	scale: number
): Promise<Response> {
	const png = await figurePng(found, origin, scale);
	return new Response(png as Uint8Array<ArrayBuffer>, {
		headers: { ...exportHeaders(found, 'image/png', 'png'), 'x-export-scale': String(scale) }
	});
}
