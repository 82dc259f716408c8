// The production server (npm start) itself: its answers to bad links and what it logs.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

// One server for the file's tests: they run in one worker, in order.
test.describe.configure({ mode: 'default' });

let server: ChildProcess;
let origin = '';
let log = '';

test.beforeAll(async () => {
	server = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PREVIEW_WARM: '0' }
	});
	server.stdout?.on('data', (chunk) => (log += chunk));
	server.stderr?.on('data', (chunk) => (log += chunk));
	await expect
		.poll(() => /Listening on (http:\S+)/.exec(log)?.[1], { timeout: 30_000 })
		.toBeTruthy();
	origin = /Listening on (http:\S+)/.exec(log)?.[1] ?? '';
});

test.afterAll(() => {
	server.kill('SIGTERM');
});

test('a malformed address gets a 400 page that says so, and one log line without a stack', async () => {
	const before = log.length;
	const response = await fetch(`${origin}/w/%ZZ`);
	expect(response.status).toBe(400);
	expect(await response.text()).toContain('This link cannot be read');
	await expect.poll(() => log.slice(before)).toContain('/w/%ZZ');
	const lines = log.slice(before).trim().split('\n');
	expect(lines).toEqual(['[400] GET /w/%ZZ: Malformed URI']);
});

test('a link over the header limit gets a short page saying it is too long', async () => {
	const response = await fetch(`${origin}/w/leverage?v=1&own=${'9'.repeat(20_000)}`);
	expect(response.status).toBe(431);
	expect(response.headers.get('content-type')).toContain('text/html');
	expect(await response.text()).toContain('This link is too long');
});

test('static files are sent with nosniff and the referrer policy too', async () => {
	const response = await fetch(`${origin}/favicon.svg`);
	expect(response.status).toBe(200);
	expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
});
