import { describe, expect, it } from 'vitest';
import { addSecurityHeaders, frameAncestors } from './securityHeaders';

describe('frameAncestors', () => {
	it('lets any site frame an embed and only the site itself frame anything else', () => {
		expect(frameAncestors('/embed/leverage')).toBe('*');
		expect(frameAncestors('/embed')).toBe('*');
		expect(frameAncestors('/w/leverage')).toBe("'self'");
		expect(frameAncestors('/embedded')).toBe("'self'");
		expect(frameAncestors('/')).toBe("'self'");
	});
});

describe('addSecurityHeaders', () => {
	it('appends frame-ancestors to the page policy and sets nosniff and the referrer policy', () => {
		const headers = new Headers({ 'content-security-policy': "script-src 'self'" });
		addSecurityHeaders('/articles/leverage', headers);
		expect(headers.get('content-security-policy')).toBe(
			"script-src 'self'; frame-ancestors 'self'"
		);
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('gives a response without a policy (an image, JSON) only the framing rule', () => {
		const headers = new Headers();
		addSecurityHeaders('/embed/rewards', headers);
		expect(headers.get('content-security-policy')).toBe('frame-ancestors *');
	});
});
