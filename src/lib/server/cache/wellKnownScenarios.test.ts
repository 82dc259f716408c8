import { expect, it } from 'vitest';
import { widgets } from '../../widgets';
import { scenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { wellKnownScenarios } from './wellKnownScenarios';

it('lists every widget at its defaults and the named migration runs, each canonical and once', () => {
	const known = wellKnownScenarios();
	for (const { slug, schema } of Object.values(widgets))
		expect(known).toContainEqual({ slug, query: `v=${schema.version}` });
	expect(known.filter((k) => k.slug === 'migration').length).toBeGreaterThan(1);
	expect(new Set(known.map((k) => `${k.slug}?${k.query}`)).size).toBe(known.length);
	for (const { slug, query } of known) {
		const found = scenarioFromUrl(slug, new URLSearchParams(query));
		expect(found?.notices).toEqual([]);
		expect(found?.query).toBe(query);
	}
});
