import { isHeightRequest, resizeMessages, wordpressSecret } from './resizeMessages';

export { EMBED_MESSAGE_SOURCE } from './resizeMessages';

/**
 * Tells the host page the embed's height whenever it changes, once per animation frame, in each
 * dialect a host may listen for (this site's, WordPress's, Canvas LMS's), so an iframe can fit its
 * content; and again when /embed.js or WordPress's wp-embed.js asks, which each does as it loads:
 * loaded after the embed, it missed the heights sent before, and with motion reduced the height
 * may never change again.
 * Returns a function that stops it.
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
	const sendSoon = () => {
		if (!frame) frame = requestAnimationFrame(send);
	};
	const answer = (event: MessageEvent) => {
		if (event.source !== window.parent || !isHeightRequest(event.data, secret)) return;
		last = -1;
		sendSoon();
	};
	const observer = new ResizeObserver(sendSoon);
	observer.observe(document.documentElement);
	window.addEventListener('message', answer);
	return () => {
		observer.disconnect();
		window.removeEventListener('message', answer);
		cancelAnimationFrame(frame);
	};
}
