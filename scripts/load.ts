// The load budget: starts the built server (`npm run build` first), warms it, then sends 50
// connections for 20 s at a mix of pages, embeds, preview images, oEmbed and hashed assets, as a
// forum post that takes off would. Prints one JSON line; exits 1 when over budget.
// LOAD_PORT (default 4300), LOAD_SECONDS, LOAD_CONNECTIONS change the run.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { widgets } from '../src/lib/widgets';
import { wellKnownScenarios } from '../src/lib/server/cache/wellKnownScenarios';

const BUDGET = { errors: 0, p99Ms: 300, peakRssMb: 400 };
const port = Number(process.env.LOAD_PORT ?? 4300);
const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const origin = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['scripts/start.js'], {
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
	stdio: ['ignore', 'pipe', 'inherit']
});
const serverLog: string[] = [];
server.stdout.on('data', (chunk) => serverLog.push(String(chunk)));

/** Peak resident memory of the server process so far (Linux: VmHWM), in MB. */
function peakRssMb(): number {
	const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
	const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
	return Math.round(kb / 1024);
}

/** CPU time the server process has used so far (Linux: utime + stime, 100 ticks a second), in ms. */
function serverCpuMs(): number {
	const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (await check().catch(() => false)) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`timed out waiting for ${what}`);
}

function mix(html: string): string[] {
	const articles = readdirSync('content')
		.filter((f) => f.endsWith('.svx'))
		.map((f) => `/articles/${f.replace(/\.svx$/, '')}`);
	const scenarios = wellKnownScenarios();
	const pages = scenarios.map(({ slug, query }) => `/w/${slug}?${query}`);
	const embeds = Object.keys(widgets).map((slug) => `/embed/${slug}`);
	const images = scenarios.map(({ slug, query }) => `/og/${slug}.png?${query}`);
	const oembed = Object.keys(widgets).map(
		(slug) => `/oembed?url=${encodeURIComponent(`${origin}/w/${slug}?v=1`)}`
	);
	// Hashed assets as a browser asks for them, with the compression it accepts.
	const assets = [...html.matchAll(/(?:href=|import\()\s*"\.?\/?(_app\/immutable\/[^"]+)"/g)]
		.map((m) => `/${m[1]}`)
		.slice(0, 8);
	return ['/', ...articles, ...pages, ...embeds, ...images, ...oembed, ...assets];
}

try {
	await waitFor(async () => (await fetch(origin)).ok, 'the server');
	if (process.env.PREVIEW_WARM !== '0')
		await waitFor(async () => serverLog.join('').includes('preview images rendered'), 'previews');
	const paths = mix(await (await fetch(origin)).text());
	for (const path of paths) {
		const response = await fetch(origin + path);
		if (!response.ok) throw new Error(`${path} answered ${response.status}`);
		await response.arrayBuffer();
	}

	const cpuBefore = serverCpuMs();
	const result = await autocannon({
		url: origin,
		connections,
		duration: seconds,
		headers: { 'accept-encoding': 'br, gzip' },
		requests: paths.map((path) => ({ method: 'GET', path }))
	});
	const cpuMs = serverCpuMs() - cpuBefore;
	const errors = result.errors + result.timeouts + result.non2xx;
	const figures = {
		requestsPerSecond: Math.round(result.requests.average),
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors,
		peakRssMb: peakRssMb(),
		// Independent of other load on the machine: what one request costs the server.
		serverCpuMsPerRequest: Number((cpuMs / result.requests.total).toFixed(2)),
		requests: result.requests.total,
		paths: paths.length,
		connections,
		seconds
	};
	const withinBudget =
		figures.errors <= BUDGET.errors &&
		figures.p99Ms < BUDGET.p99Ms &&
		figures.peakRssMb < BUDGET.peakRssMb;
	console.log(JSON.stringify({ ...figures, budget: BUDGET, withinBudget }));
	process.exitCode = withinBudget ? 0 : 1;
} finally {
	server.kill('SIGTERM');
}
