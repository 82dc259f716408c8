import type { OperatorsFrame } from './operatorsFrame';

/** The game as the server drew it: the frame after its round budget, and whether the game had ended. */
export interface ServedFrame {
	readonly frame: OperatorsFrame;
	readonly final: boolean;
}

/**
 * The served frame as the text of a `<script type="application/json">` element, so the browser
 * starts from the chart the page already shows instead of blanking it until its worker has played
 * the game again. Every `<` is written as `\u003c`, so no text in it can close the element.
 */
export function servedFrameJson(served: ServedFrame): string {
	return JSON.stringify(served).replace(/</g, '\\u003c');
}

/** The element that carries the served frame, for `{@html}`: `id` is the element's own id. */
export function servedFrameElement(id: string, served: ServedFrame): string {
	return `<script type="application/json" id="${id}">${servedFrameJson(served)}</script>`;
}

/** The served frame read back from that text; undefined when it is missing or not a frame. */
export function parseServedFrame(text: string | null | undefined): ServedFrame | undefined {
	if (!text) return undefined;
	try {
		const served = JSON.parse(text) as Partial<ServedFrame> | null;
		if (typeof served?.final !== 'boolean' || typeof served.frame?.key !== 'string')
			return undefined;
		return served as ServedFrame;
	} catch {
		return undefined;
	}
}
