import { expect, it } from 'vitest';
import { widgets } from '../../widgets';
import { namedScenarioLinks } from '../../widgets/namedScenarios';
import { scenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { wellKnownScenarios } from './wellKnownScenarios';

it('lists every widget at its defaults and every named scenario, each canonical and once', () => {
	const known = wellKnownScenarios();
	for (const { slug, schema } of Object.values(widgets))
		expect(known).toContainEqual({ slug, query: `v=${schema.version}` });
	for (const { slug, query } of namedScenarioLinks()) expect(known).toContainEqual({ slug, query });
	expect(new Set(known.map((k) => `${k.slug}?${k.query}`)).size).toBe(known.length);
	for (const { slug, query } of known) {
		const found = scenarioFromUrl(slug, new URLSearchParams(query));
		expect(found?.notices).toEqual([]);
		expect(found?.query).toBe(query);
	}
});
