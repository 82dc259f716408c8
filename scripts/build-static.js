// npm run build:static: the whole site prerendered into build-static/, for any static host or
// CDN. ORIGIN (e.g. https://your.domain) is where it will be served; links in previews and embed
// code are absolute. Also writes build-static/_headers, the header rules Netlify and Cloudflare
// Pages read (other hosts: set the same headers in their own configuration, see README).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

execFileSync('npx', ['vite', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, VITE_STATIC_BUILD: '1' }
});

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
