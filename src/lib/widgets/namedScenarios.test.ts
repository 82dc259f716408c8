import { describe, expect, it } from 'vitest';
import { lessons } from '../educators/lessons';
import { migrationSchema } from '../scenario/migration';
import { currentDefaults } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';
import { namedScenarios as migrationRuns } from './Migration/namedScenarios';
import {
	namedScenarioLink,
	namedScenarioLinks,
	nameOfScenario,
	scenarioName
} from './namedScenarios';
import { scenarioFromUrl } from './scenarioFromUrl';

describe('scenarioName', () => {
	it('keeps lower-case words joined by hyphens', () => {
		expect(scenarioName('The thread’s example')).toBe('the-threads-example');
		expect(scenarioName('k doubled at epoch 20')).toBe('k-doubled-at-epoch-20');
		expect(scenarioName('  A 10× operator!  ')).toBe('a-10-operator');
	});
});

describe('namedScenarioLinks', () => {
	const links = namedScenarioLinks();

	it('has every named migration run under its own id, except the one that is the defaults', () => {
		const defaults = currentDefaults(migrationSchema);
		for (const run of migrationRuns) {
			const isDefault = serializeScenario(migrationSchema, run.apply(defaults)) === 'v=1';
			expect(namedScenarioLink('migration', run.id)?.title).toBe(isDefault ? undefined : run.label);
		}
		expect(namedScenarioLink('migration', 'whale')).toBeUndefined();
		expect(namedScenarioLink('migration', 'ranking')?.query).toBe('v=1&information=ranking');
	});

	it('has each classroom scenario that is not a widget’s defaults', () => {
		const leverage = links.filter((l) => l.slug === 'leverage').map((l) => l.name);
		expect(leverage).toEqual(['a-large-operator', 'nothing-of-its-own-at-stake']);
		const total = Object.values(lessons).flatMap((l) => l.scenarios).length;
		expect(links.length).toBeGreaterThan(migrationRuns.length + total / 2);
	});

	it('holds canonical queries with no notices, each scenario and each name once', () => {
		for (const { slug, query } of links) {
			const found = scenarioFromUrl(slug, new URLSearchParams(query));
			expect(found?.notices, `${slug}?${query}`).toEqual([]);
			expect(found?.query).toBe(query);
		}
		expect(new Set(links.map((l) => `${l.slug}?${l.query}`)).size).toBe(links.length);
		expect(new Set(links.map((l) => `${l.slug}/${l.name}`)).size).toBe(links.length);
		for (const { name } of links) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('finds a scenario’s name from its query, and none for the defaults', () => {
		const large = namedScenarioLink('leverage', 'a-large-operator');
		expect(large?.query).toBe('v=1&own=1k&delegated=10M');
		expect(nameOfScenario('leverage', 'v=1&own=1k&delegated=10M')).toBe('a-large-operator');
		expect(nameOfScenario('leverage', 'v=1')).toBeUndefined();
		expect(namedScenarioLink('leverage', 'nope')).toBeUndefined();
	});
});
