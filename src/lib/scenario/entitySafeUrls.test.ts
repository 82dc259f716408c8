import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { describe, expect, it } from 'vitest';
import { widgets } from '../widgets';
import { widgetEntry } from '../widgets/registry';
import type { WidgetSlug } from '../widgets';
import { parseScenario } from './parseScenario';
import { scenarioUrls } from './scenarioUrls';
import { currentDefaults, urlKeyOf, type Fields, type Scenario, type Schema } from './schema';
import { serializeScenario } from './serializeScenario';

// Forum oneboxes and unfurlers decode a page's attributes as HTML text, sometimes twice, with
// decoders that also take the legacy entities written without `;` (`&eth`, `&not`, `&para`…): the
// `entities` package's decodeHTML is such a decoder, with the full legacy list of the HTML standard.
const decodedTwice = (text: string) => decodeHTML(decodeHTML(text));

/** A scenario in which every setting differs from its default, so every key is written. */
function everyKeySet<F extends Fields>(schema: Schema<F>): Scenario<F> {
	const defaults = currentDefaults(schema);
	const scenario = { ...defaults } as Record<string, number | string>;
	for (const [key, field] of Object.entries(schema.fields)) {
		if (field.kind === 'choice')
			scenario[key] = field.options.find((option) => option !== defaults[key]) ?? defaults[key];
		else scenario[key] = defaults[key] === field.max ? field.min : field.max;
	}
	return scenario as Scenario<F>;
}

describe('scenario links survive HTML entity decoding', () => {
	for (const slug of Object.keys(widgets) as WidgetSlug[]) {
		const { schema } = widgetEntry(slug);

		it(`${slug}: no URL key, wherever it stands, starts an HTML entity`, () => {
			for (const [key, field] of Object.entries(schema.fields)) {
				const pair = `&${urlKeyOf(key, field)}=1`;
				expect(decodedTwice(pair), pair).toBe(pair);
				expect(decodeHTMLAttribute(pair), pair).toBe(pair);
			}
		});

		it(`${slug}: every generated address is unchanged by decoding twice`, () => {
			const scenario = everyKeySet(schema);
			const query = serializeScenario(schema, scenario);
			expect(query.split('&')).toHaveLength(Object.keys(schema.fields).length + 1);
			for (const url of Object.values(scenarioUrls('https://example.org', slug, query)))
				expect(decodedTwice(url), url).toBe(url);
		});
	}

	it('the decoder used here does change a link that uses a legacy entity name as key', () => {
		expect(decodedTwice('?v=1&eth=64')).toBe('?v=1ð=64');
	});

	it('calculator links written with the old key eth are still read', () => {
		const { scenario, notices } = parseScenario(widgetEntry('calculator').schema, 'v=1&eth=64');
		expect(notices).toEqual([]);
		expect(scenario.eth).toBe(64);
		expect(serializeScenario(widgetEntry('calculator').schema, scenario)).toBe('v=1&haveEth=64');
	});
});
