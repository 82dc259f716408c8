import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentDefaults } from '../../src/lib/scenario/schema';
import { widgets } from '../../src/lib/widgets';
import { widgetEntry } from '../../src/lib/widgets/registry';
import { calculatorView, wayOf } from '../../src/lib/widgets/Calculator/calculatorView';
import { calculatorSchema } from '../../src/lib/scenario/calculator';

/**
 * The same named quantity must read the same wherever it is printed. Each row says where a page
 * prints a quantity (a pattern around the number); the test collects every page's value for each
 * quantity and fails when two pages disagree, or when a page no longer prints it where expected.
 */
interface Sighting {
	readonly page: string;
	readonly pattern: RegExp;
}

const N = '([\\d.,]+(?:[kMB])?)';
const quantities: Record<string, Sighting[]> = {
	'Cardano saturation point (ada)': [
		{ page: 'article:leverage', pattern: new RegExp(`that point is ${N} ada`) },
		{ page: 'article:rewards', pattern: new RegExp(`epoch 538 that is ${N} ada`) },
		{ page: 'widget:leverage', pattern: new RegExp(`reaches saturation \\(${N} ada\\)`) },
		{ page: 'widget:rewards', pattern: new RegExp(`reaches saturation at ${N} ada`) }
	],
	'isolated Electra slashing, all penalties (ETH)': [
		{
			page: 'article:punishment',
			pattern: new RegExp(`slashed alone loses ${N} ETH under Electra`)
		},
		{ page: 'calculator:risk', pattern: new RegExp(`${N} ETH per validator slashed alone`) }
	],
	'empty-queue withdrawal (days)': [
		{ page: 'article:punishment', pattern: new RegExp(`queue and ${N} days more`) },
		{ page: 'article:calculator', pattern: new RegExp(`withdrawable ${N} days after asking`) },
		{ page: 'widget:calculator', pattern: new RegExp(`wait at least ${N} days`) }
	],
	'Ethereum slashable behind the default queue (days)': [
		{ page: 'article:punishment', pattern: new RegExp(`stays slashable for\\s+${N} days`) },
		{ page: 'widget:punishment', pattern: new RegExp(`stays slashable for ${N} days`) }
	],
	'stETH yearly rate (%)': [
		{ page: 'article:leverage', pattern: new RegExp(`Staking Router\\):\\s*${N} %`) },
		{
			page: 'widget:calculator',
			pattern: new RegExp(`Lido stETH holder [\\d.,]+ ETH \\(${N} %\\)`)
		}
	],
	'Cardano k': [
		{ page: 'article:leverage', pattern: new RegExp(`raised it to\\s+${N} on`) },
		{ page: 'article:rewards', pattern: new RegExp(`raised k(?:&nbsp;|\\s)*to\\s+${N} on`) }
	]
};

const text = (html: string) =>
	html
		.replace(/<span class="katex-mathml">[\s\S]*?<\/span>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ');

const pages: Record<string, string> = {};

beforeAll(async () => {
	for (const slug of ['leverage', 'punishment', 'rewards', 'calculator']) {
		const article = await import(`../../content/${slug}.svx`);
		pages[`article:${slug}`] = text(render(article.default).body);
	}
	for (const slug of Object.keys(widgets) as (keyof typeof widgets)[]) {
		const entry = widgetEntry(slug);
		pages[`widget:${slug}`] = entry.summary(currentDefaults(entry.schema));
	}
	const ways = calculatorView(currentDefaults(calculatorSchema));
	pages['calculator:risk'] = wayOf(ways, 'solo').risk;
}, 180_000);

describe('the same quantity reads the same on every page', () => {
	it.each(Object.entries(quantities))('%s', (_, sightings) => {
		const seen = sightings.map(({ page, pattern }) => {
			const match = pages[page]?.match(pattern);
			expect(match, `${page} no longer prints it where ${pattern} expects`).not.toBeNull();
			return [page, match?.[1]] as const;
		});
		const values = new Set(seen.map(([, v]) => v));
		expect(values.size, JSON.stringify(seen)).toBe(1);
	});
});
