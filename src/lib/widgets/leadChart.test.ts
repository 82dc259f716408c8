import { describe, expect, it } from 'vitest';
import { leadChart } from './leadChart';

describe('leadChart', () => {
	it('leadChart(origin, "punishment") is the punishment widget’s default preview image', () => {
		const lead = leadChart('https://example.org', 'punishment');
		expect(lead?.image).toBe('https://example.org/og/punishment.png?v=1');
		expect(lead?.alt).toMatch(
			/^Days punishable: Ethereum 18.5, Polkadot 28, Cosmos 2, Tezos 2, Cardano never\. /
		);
	});
	it('is undefined for an article without a chart of its own', () => {
		expect(leadChart('https://example.org', 'no-such-article')).toBeUndefined();
	});
});
