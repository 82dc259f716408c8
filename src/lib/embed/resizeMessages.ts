export const EMBED_MESSAGE_SOURCE = 'liquid-or-locked-embed';
/** What /embed.js posts to each iframe as it loads, asking for a height it may have missed (the
 * script, served as it is, writes it out itself). */
export const HEIGHT_REQUEST = { source: 'liquid-or-locked-host', type: 'height' } as const;

/**
 * Whether a message from the host page asks for the embed's height: this site's /embed.js as it
 * loads, or WordPress's wp-embed.js, which posts `{ message: 'ready', secret }` to each embed "in
 * case the iframe loaded before wp-embed.js was loaded" (wordpress-develop
 * src/js/_enqueues/wp/embed.js); `secret` is the embed's own (wordpressSecret).
 */
export function isHeightRequest(data: unknown, secret?: string): boolean {
	const message = data as { source?: unknown; type?: unknown; message?: unknown; secret?: unknown };
	if (typeof message !== 'object' || message === null) return false;
	if (message.source === HEIGHT_REQUEST.source && message.type === HEIGHT_REQUEST.type) return true;
	return secret !== undefined && message.message === 'ready' && message.secret === secret;
}

/**
 * The secret WordPress gives an embedded page in its address (`…#?secret=Ab12Cd34Ef`) and on the
 * iframe (`data-secret`), so its host script knows which iframe a message is from. See
 * wordpress-develop src/js/_enqueues/wp/embed-template.js, which reads it the same way.
 */
export function wordpressSecret(hash: string): string | undefined {
	return /[#?&]secret=([A-Za-z0-9]+)/.exec(hash)?.[1];
}

/**
 * The messages that ask a host page to make the iframe `height` pixels high, one per dialect:
 * - this site's own, read by /embed.js: `{ source, type: 'resize', height, frameId }`;
 * - WordPress's, read by wp-embed.js on any WordPress page that embeds the widget through oEmbed
 *   (wordpress-develop src/js/_enqueues/wp/embed.js: `{ message: 'height', value, secret }`, the
 *   secret alphanumeric, the height kept within 200 to 1000 px); sent only with a secret, which
 *   WordPress requires;
 * - Canvas LMS's `lti.frameResize`
 *   (https://developerdocs.instructure.com/services/canvas/external-tools/lti/file.lti_window_post_message:
 *   `{ subject: 'lti.frameResize', height }` posted to the parent window).
 */
export function resizeMessages(height: number, frameId: string, secret?: string): unknown[] {
	return [
		{ source: EMBED_MESSAGE_SOURCE, type: 'resize', height, frameId },
		...(secret ? [{ message: 'height', value: height, secret }] : []),
		{ subject: 'lti.frameResize', height }
	];
}
