import { describe, expect, it } from 'vitest';
import { isOwnUrl } from './isOwnUrl';

const own = (target: string, site: string) => isOwnUrl(new URL(target), new URL(site));

describe('isOwnUrl', () => {
	it('takes the site’s own host', () => {
		expect(own('https://lol.example/w/leverage', 'https://lol.example/oembed')).toBe(true);
	});
	it('takes any loopback name for a site on this machine, on the same port', () => {
		expect(own('http://localhost:3000/w/x', 'http://127.0.0.1:3000/oembed')).toBe(true);
		expect(own('http://127.0.0.1:3000/w/x', 'http://localhost:3000/oembed')).toBe(true);
		expect(own('http://[::1]:3000/w/x', 'http://localhost:3000/oembed')).toBe(true);
	});
	it('refuses other sites, other ports and other schemes', () => {
		expect(own('https://evil.example/w/x', 'https://lol.example/oembed')).toBe(false);
		expect(own('http://localhost:4000/w/x', 'http://127.0.0.1:3000/oembed')).toBe(false);
		expect(own('http://localhost:3000/w/x', 'https://lol.example/oembed')).toBe(false);
		expect(own('javascript://localhost:3000/w/x', 'http://localhost:3000/oembed')).toBe(false);
	});
});
