import { resizeMessages, wordpressSecret } from './resizeMessages';

export { EMBED_MESSAGE_SOURCE } from './resizeMessages';

/**
 * Tells the host page the embed's height whenever it changes, once per animation frame, in each
 * dialect a host may listen for (this site's, WordPress's, Canvas LMS's), so an iframe can fit its
 * content. Returns a function that stops it.
 */
export function postHeight(frameId: string): () => void {
	if (window.parent === window) return () => {};
	const secret = wordpressSecret(window.location.hash);
	let frame = 0;
	let last = -1;
	const send = () => {
		frame = 0;
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		for (const message of resizeMessages(height, frameId, secret))
			window.parent.postMessage(message, '*');
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
