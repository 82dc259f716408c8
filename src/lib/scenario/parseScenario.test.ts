import { describe, expect, it } from 'vitest';
import { leverageSchema } from './leverage';
import { parseScenario } from './parseScenario';
import { defineSchema } from './schema';
import { serializeScenario } from './serializeScenario';

describe('parseScenario', () => {
	it('parseScenario(schema, "") is the defaults with no notices', () => {
		expect(parseScenario(leverageSchema, '')).toEqual({
			scenario: { own: 1, delegated: 9, pledge: 100_000 },
			notices: []
		});
	});

	it('reads SI suffixes', () => {
		const { scenario, notices } = parseScenario(leverageSchema, 'v=1&delegated=40M&pledge=100k');
		expect(scenario).toEqual({ own: 1, delegated: 40_000_000, pledge: 100_000 });
		expect(notices).toEqual([]);
	});

	it('clamps out-of-range values with a notice and keeps every valid value', () => {
		const { scenario, notices } = parseScenario(leverageSchema, 'own=-5&delegated=2B&pledge=50k');
		expect(scenario).toEqual({ own: 0, delegated: 1e9, pledge: 50_000 });
		expect(notices).toEqual([
			'own=-5: -5 is below the minimum 0; using 0',
			'delegated=2B: 2B is above the maximum 1B; using 1B'
		]);
	});

	it('keeps the default for a malformed value and says so', () => {
		const { scenario, notices } = parseScenario(leverageSchema, 'own=abc&delegated=12');
		expect(scenario).toEqual({ own: 1, delegated: 12, pledge: 100_000 });
		expect(notices).toEqual(['own=abc is not a number; using 1']);
	});

	it('ignores unknown keys and reports an unknown version', () => {
		const { scenario, notices } = parseScenario(leverageSchema, 'zzz=1&v=99');
		expect(scenario).toEqual({ own: 1, delegated: 9, pledge: 100_000 });
		expect(notices).toEqual(['v=99 is not a known version; using v=1']);
	});

	it('rounds to the step', () => {
		const { scenario, notices } = parseScenario(leverageSchema, 'own=1.234567');
		expect(scenario.own).toBe(1.23);
		expect(notices).toHaveLength(1);
	});

	it('a link made under v=1 keeps its numbers after the defaults change in v=2', () => {
		const v2 = defineSchema({
			version: 2,
			fields: leverageSchema.fields,
			defaults: { ...leverageSchema.defaults, 2: { own: 8, delegated: 24, pledge: 1e6 } }
		});
		expect(parseScenario(v2, 'v=1&own=3').scenario).toEqual({
			own: 3,
			delegated: 9,
			pledge: 100_000
		});
		expect(serializeScenario(v2, { own: 3, delegated: 9, pledge: 100_000 })).toBe(
			'v=2&own=3&delegated=9&pledge=100k'
		);
	});
});

describe('serializeScenario', () => {
	it('writes the version and only non-default keys in field order', () => {
		expect(serializeScenario(leverageSchema, { own: 1, delegated: 9, pledge: 100_000 })).toBe(
			'v=1'
		);
		expect(serializeScenario(leverageSchema, { pledge: 250_000, own: 1, delegated: 40e6 })).toBe(
			'v=1&delegated=40M&pledge=250k'
		);
	});
});

describe('parseScenario with a choice field', () => {
	const schema = defineSchema({
		version: 1,
		fields: {
			speed: { kind: 'choice', label: 'Speed', options: ['slow', 'fast'] },
			n: { kind: 'number', label: 'N', unit: '', min: 0, max: 10, step: 1, scale: 'linear' }
		},
		defaults: { 1: { speed: 'slow', n: 2 } }
	});

	it('takes a listed option and says which options there are for any other', () => {
		expect(parseScenario(schema, 'speed=fast')).toEqual({
			scenario: { speed: 'fast', n: 2 },
			notices: []
		});
		expect(parseScenario(schema, 'speed=warp&n=3')).toEqual({
			scenario: { speed: 'slow', n: 3 },
			notices: ['speed=warp is not one of slow, fast; using slow']
		});
	});

	it('reads URLSearchParams as well as a string', () => {
		expect(parseScenario(schema, new URLSearchParams({ n: '7' })).scenario).toEqual({
			speed: 'slow',
			n: 7
		});
	});

	it('writes a choice as its option name', () => {
		expect(serializeScenario(schema, { speed: 'fast', n: 2 })).toBe('v=1&speed=fast');
	});

	it('shortens a long rejected value to 24 characters in the notice', () => {
		const long = 'x'.repeat(30);
		expect(parseScenario(schema, `n=${long}`).notices).toEqual([
			`n=${'x'.repeat(24)}… is not a number; using 2`
		]);
		const exactly24 = 'y'.repeat(24);
		expect(parseScenario(schema, `n=${exactly24}`).notices).toEqual([
			`n=${exactly24} is not a number; using 2`
		]);
	});
});

describe('defineSchema', () => {
	it('refuses a schema without defaults for its own version', () => {
		expect(() =>
			defineSchema({ version: 2, fields: leverageSchema.fields, defaults: leverageSchema.defaults })
		).toThrow('schema version 2 has no defaults');
	});
});

describe('parseScenario and mangled links', () => {
	it('reports a key an HTML decoder made of &eth=, and stays quiet about tracking keys', () => {
		expect(parseScenario(leverageSchema, 'ð=64').notices).toEqual([
			'“ð” is not a setting of this chart; the link may have been mangled'
		]);
		expect(parseScenario(leverageSchema, 'v=1&utm_source=x&fbclid=y').notices).toEqual([]);
	});
});
