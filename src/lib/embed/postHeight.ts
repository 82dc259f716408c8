export const EMBED_MESSAGE_SOURCE = 'liquid-or-locked-embed';

/**
 * Tells the host page the embed's height whenever it changes, once per animation frame, so an
 * iframe can fit its content. Returns a function that stops it.
 */
export function postHeight(frameId: string): () => void {
	if (window.parent === window) return () => {};
	let frame = 0;
	let last = -1;
	const send = () => {
		frame = 0;
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage(
			{ source: EMBED_MESSAGE_SOURCE, type: 'resize', height, frameId },
			'*'
		);
	};
	const observer = new ResizeObserver(() => {
		if (!frame) frame = requestAnimationFrame(send);
	});
	observer.observe(document.documentElement);
	return () => {
		observer.disconnect();
		cancelAnimationFrame(frame);
	};
}
