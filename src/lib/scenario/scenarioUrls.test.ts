import { describe, expect, it } from 'vitest';
import { scenarioUrls } from './scenarioUrls';

describe('scenarioUrls', () => {
	it('gives the page, embed, preview image and oEmbed addresses of one query', () => {
		expect(scenarioUrls('https://example.org', 'leverage', 'v=1&delegated=40M')).toEqual({
			page: 'https://example.org/w/leverage?v=1&delegated=40M',
			embed: 'https://example.org/embed/leverage?v=1&delegated=40M',
			image: 'https://example.org/og/leverage.png?v=1&delegated=40M',
			oembed:
				'https://example.org/oembed?url=https%3A%2F%2Fexample.org%2Fw%2Fleverage%3Fv%3D1%26delegated%3D40M&format=json'
		});
	});

	it('gives a named scenario its own page, embed and image addresses', () => {
		expect(
			scenarioUrls('https://example.org', 'leverage', 'v=1&own=0', 'nothing-of-its-own-at-stake')
		).toEqual({
			page: 'https://example.org/w/leverage/nothing-of-its-own-at-stake',
			embed: 'https://example.org/embed/leverage/nothing-of-its-own-at-stake',
			image: 'https://example.org/og/leverage/nothing-of-its-own-at-stake.png',
			oembed:
				'https://example.org/oembed?url=https%3A%2F%2Fexample.org%2Fw%2Fleverage%2Fnothing-of-its-own-at-stake&format=json'
		});
	});
});
