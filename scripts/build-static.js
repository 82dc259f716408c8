// npm run build:static: the whole site prerendered into build-static/, for any static host or
// CDN. ORIGIN (e.g. https://your.domain) is where it will be served; links in previews and embed
// code are absolute. Also writes build-static/_headers, the header rules Netlify and Cloudflare
// Pages read (other hosts: set the same headers in their own configuration, see README).
//
// The build runs in a copy of the sources in the system's temporary folder, so it never writes this
// folder's .svelte-kit: the server build, the type check and the tests that read .svelte-kit can run
// while it does (npm test runs them side by side).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const sources = [
	'src',
	'content',
	'static',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];
const copy = mkdtempSync(join(tmpdir(), 'liquid-or-locked-static-'));
try {
	for (const entry of sources) cpSync(entry, join(copy, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
	const inCopy = { cwd: copy, stdio: 'inherit', env: { ...process.env, VITE_STATIC_BUILD: '1' } };
	execFileSync(join('node_modules', '.bin', 'vite'), ['build'], inCopy);
	rmSync('build-static', { recursive: true, force: true });
	try {
		renameSync(join(copy, 'build-static'), 'build-static');
	} catch {
		// The temporary folder is on another file system.
		cpSync(join(copy, 'build-static'), 'build-static', { recursive: true });
	}
} finally {
	rmSync(copy, { recursive: true, force: true });
}

const common = [
	'  X-Content-Type-Options: nosniff',
	'  Referrer-Policy: strict-origin-when-cross-origin'
];
writeFileSync(
	'build-static/_headers',
	[
		'/*',
		...common,
		"  Content-Security-Policy: frame-ancestors 'self'",
		'/embed/*',
		...common,
		'  Content-Security-Policy: frame-ancestors *',
		'/_app/immutable/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		''
	].join('\n')
);
console.log('build-static/ is ready; header rules in build-static/_headers');
