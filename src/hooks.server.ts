import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { cacheablePageKey, pageCache } from '$lib/server/cache/pageCache';
import { warmPreviewImages } from '$lib/server/cache/previewImages';
import { clientErrorLine } from '$lib/server/http/logLine';
import { addSecurityHeaders } from '$lib/server/http/securityHeaders';

/** The well-known scenarios' preview images are rendered at start, in the background. */
export const init: ServerInit = () => {
	if (building || process.env.PREVIEW_WARM === '0') return;
	const started = performance.now();
	warmPreviewImages().then(
		(count) =>
			console.log(
				`${count} preview images rendered in ${Math.round(performance.now() - started)} ms`
			),
		(error) => console.error('rendering the preview images at start failed:', error)
	);
};

export const handle: Handle = async ({ event, resolve }) => {
	const key =
		!building && event.request.method === 'GET' && !event.isDataRequest && !event.isSubRequest
			? cacheablePageKey(event.url)
			: undefined;
	if (!key) {
		const response = await resolve(event);
		addSecurityHeaders(event.url.pathname, response.headers);
		return response;
	}
	// A page that is the same for everyone is rendered once; its policy is hash-based, so the
	// cached headers stay right.
	const page = await pageCache.get(key, async () => {
		const response = await resolve(event);
		addSecurityHeaders(event.url.pathname, response.headers);
		return {
			status: response.status,
			headers: [...response.headers],
			body: new Uint8Array(await response.arrayBuffer())
		};
	});
	return new Response(page.body as Uint8Array<ArrayBuffer>, {
		status: page.status,
		headers: page.headers
	});
};

const MALFORMED =
	'This address cannot be read: a “%” in it is not followed by two hexadecimal digits. The link was probably cut or changed when it was copied.';

/** A bad request is the client's mistake: one line in the log, no stack. A server fault keeps its stack. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status < 500) {
		console.warn(clientErrorLine(status, event.request.method, event.url, message));
		return { message: message === 'Malformed URI' ? MALFORMED : message };
	}
	console.error(error);
	return { message: 'Something went wrong on the server. Please try again later.' };
};
