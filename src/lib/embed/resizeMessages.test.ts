import { describe, expect, it } from 'vitest';
import { isHeightRequest, resizeMessages, wordpressSecret } from './resizeMessages';

describe('wordpressSecret', () => {
	it('reads the secret WordPress appends to an embed address', () => {
		expect(wordpressSecret('#?secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
		expect(wordpressSecret('#?frame=1&secret=xyz9')).toBe('xyz9');
	});
	it('has none without one, or with characters WordPress would refuse', () => {
		expect(wordpressSecret('')).toBeUndefined();
		expect(wordpressSecret('#section')).toBeUndefined();
		expect(wordpressSecret('#?secret="><')).toBeUndefined();
	});
});

describe('resizeMessages', () => {
	it('asks in this site’s, WordPress’s and Canvas LMS’s words', () => {
		expect(resizeMessages(812, 'a', 'Ab12')).toEqual([
			{ source: 'liquid-or-locked-embed', type: 'resize', height: 812, frameId: 'a' },
			{ message: 'height', value: 812, secret: 'Ab12' },
			{ subject: 'lti.frameResize', height: 812 }
		]);
	});
	it('leaves WordPress’s out when there is no secret to send', () => {
		expect(resizeMessages(500, '').map((m) => Object.keys(m as object)[0])).toEqual([
			'source',
			'subject'
		]);
	});
});

describe('isHeightRequest', () => {
	it('is /embed.js asking for the height, and nothing else', () => {
		expect(isHeightRequest({ source: 'liquid-or-locked-host', type: 'height' })).toBe(true);
		expect(isHeightRequest({ source: 'liquid-or-locked-embed', type: 'resize', height: 3 })).toBe(
			false
		);
		expect(isHeightRequest({ source: 'liquid-or-locked-host', type: 'resize' })).toBe(false);
		for (const other of [null, undefined, 'height', 7, { subject: 'lti.frameResize' }])
			expect(isHeightRequest(other)).toBe(false);
	});
	it('is WordPress’s ready message, for the embed with that secret only', () => {
		expect(isHeightRequest({ message: 'ready', secret: 'Ab12' }, 'Ab12')).toBe(true);
		expect(isHeightRequest({ message: 'ready', secret: 'Zz99' }, 'Ab12')).toBe(false);
		expect(isHeightRequest({ message: 'ready', secret: 'Ab12' })).toBe(false);
		expect(isHeightRequest({ message: 'height', value: 300, secret: 'Ab12' }, 'Ab12')).toBe(false);
	});
});
