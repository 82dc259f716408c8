import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';

describe('content/case-for-each-side.svx rendered on the server', () => {
	it('renders every section with the live numbers from the model', async () => {
		const article = await import('../../content/case-for-each-side.svx');
		const { body } = render(article.default);
		for (const id of [
			'the-thread',
			'case-for-locked',
			'case-for-liquid',
			'weakest-points',
			'electra',
			'polkadot',
			'research',
			'left-open'
		])
			expect(body).toContain(`id="${id}"`);
		expect(body).toMatch(/so\s+8×/);
		expect(body).toMatch(/13.3× for one validator, tending to\s+24.6×/);
		expect(body).toMatch(/at most\s+13× the baker’s own stake/);
		expect(body).toMatch(/would be\s+64 ETH/);
		expect(body).toMatch(/1\/4096,\s+0.5 ETH/);
		expect(body).toMatch(/it would be 2,903×/);
		expect(body).toMatch(/a queue of 40 days holds about\s+2.3M ETH/);
		expect(body).toMatch(/a full round of the sweep took about\s+7.2 days/);
		// “epoch” is the article's first use of the term, so it links to the glossary.
		const markup = body.replace(/<!---->/g, '');
		expect(markup).toMatch(/takes effect after two <span class="term[^"]*"><a [^>]*>epoch<\/a>/);
		expect(markup).toMatch(/<\/span><\/span> boundaries, 5 to\s+10 days/);
		expect(body).toMatch(/enough to fill at most\s+289 of the/);
		expect(body).toContain('24 July 2025');
		expect(body).toMatch(/On 5 January 2024,\s+16,000 validators/);
		expect(body).toMatch(/<table class="glance[^"]*">/);
		expect(body).toMatch(/8× to\s*24.6× with a bond, ∞ without/);
		expect(body).toContain('class="katex"');
		expect(body).not.toMatch(/NaN|undefined|Infinity/);
	}, 30_000);

	it('quotes the thread in order, the leverage reply after the proposer accepted locking', async () => {
		const article = await import('../../content/case-for-each-side.svx');
		const text = render(article.default).body.replace(/\s+/g, ' ');
		const order = [
			'I stake everything in my wallet',
			'requires locking up your assets',
			'That makes more sense that funds would be locked up',
			'then that decision maker has 10x leverage'
		].map((quote) => text.indexOf(quote));
		for (const index of order) expect(index).toBeGreaterThan(-1);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text).toContain('<blockquote>');
		expect(text).toContain('It came after the proposer had accepted locking');
	});

	it('links each side to the charts and to primary sources', async () => {
		const article = await import('../../content/case-for-each-side.svx');
		const { body } = render(article.default);
		for (const href of [
			'/w/leverage?v=1&amp;own=4&amp;delegated=28',
			'/w/punishment?v=1&amp;slashedPercent=34',
			'/w/punishment?v=1&amp;day=40&amp;queueEth=2.304M',
			'/w/rewards',
			'/w/migration',
			'/w/calculator',
			'https://eips.ethereum.org/EIPS/eip-7251',
			'https://eips.ethereum.org/EIPS/eip-8061',
			'https://cips.cardano.org/cip/CIP-0050',
			'https://eprint.iacr.org/2017/573',
			'https://notes.ethereum.org/@mikeneuder/goldilocks'
		])
			expect(body).toContain(`href="${href}`);
	});

	it('carries frontmatter with a source for every link family it cites', async () => {
		const { metadata } = await import('../../content/case-for-each-side.svx');
		const urls = (metadata.sources as { url: string }[]).map((s) => s.url);
		expect(metadata.title).toMatch(/best case for each side/);
		for (const url of urls) expect(url).toMatch(/^https:\/\//);
		expect(urls).toContain(
			'https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815'
		);
		expect(urls).toContain('https://eips.ethereum.org/EIPS/eip-8061');
		expect(urls).toContain(
			'https://docs.polkadot.com/node-infrastructure/run-a-validator/staking-mechanics/offenses-and-slashes/'
		);
	});
});
