// Serves the built site. Links in previews and embed code are absolute, so they need the address
// the site is reached at: ORIGIN when set (production), otherwise this machine's own address.
//
// The server is our own (adapter-node's handler inside it) for two things adapter-node's server
// does not do: a readable page instead of Node's empty 431 when a link is longer than Node's
// request-header limit (16 KB), and nosniff/referrer headers on static files, which never reach
// the SvelteKit hooks.
import http from 'node:http';
import process from 'node:process';
import { tooLongResponse } from './tooLongResponse.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;

const { handler } = await import('../build/handler.js');

const server = http.createServer((req, res) => {
	res.setHeader('x-content-type-options', 'nosniff');
	res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

// As adapter-node: seconds; behind a load balancer keep-alive must outlast the balancer's idle timeout.
if (process.env.KEEP_ALIVE_TIMEOUT)
	server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT) * 1000;
if (process.env.HEADERS_TIMEOUT) server.headersTimeout = Number(process.env.HEADERS_TIMEOUT) * 1000;

server.on('clientError', (error, socket) => {
	if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
	if (error.code === 'HPE_HEADER_OVERFLOW') {
		console.warn(
			`[431] request over ${http.maxHeaderSize} bytes of headers: answered "link too long"`
		);
		return socket.end(tooLongResponse(http.maxHeaderSize));
	}
	socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

server.listen(port, host, () => {
	const address = server.address();
	console.log(`Listening on http://${host}:${typeof address === 'object' ? address?.port : port}`);
});

function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
