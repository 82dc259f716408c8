// Serves build-static/ the way a static host or CDN does, for the static build's browser tests:
// /a/b is a/b, a/b.html or a/b/index.html; the query is ignored; anything else is 404.html.
// PORT (default 4176) and HOST (default 127.0.0.1).
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = 'build-static';
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf'
};

function fileFor(pathname) {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
		const file = join(root, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

const server = http.createServer((req, res) => {
	let file;
	try {
		file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
	} catch {
		file = undefined;
	}
	res.statusCode = file ? 200 : 404;
	file ??= join(root, '404.html');
	res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
	res.setHeader('x-content-type-options', 'nosniff');
	createReadStream(file).pipe(res);
});

const port = Number(process.env.PORT ?? 4176);
server.listen(port, process.env.HOST ?? '127.0.0.1', () =>
	console.log(`build-static/ on http://127.0.0.1:${port}`)
);
