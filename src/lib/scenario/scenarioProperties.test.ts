import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widgets } from '../widgets';
import { widgetEntry } from '../widgets/registry';
import { gridIndex, gridValue, isOnGrid, stepParts } from '../../../tests/support/stepGrid';
import { parseScenario } from './parseScenario';
import type { Field, Fields, Scenario, Schema } from './schema';
import { serializeScenario } from './serializeScenario';

/** Any valid value of a field: a choice, or a whole number of steps within the bounds. */
function validValue(field: Field): fc.Arbitrary<number | string> {
	if (field.kind === 'choice') return fc.constantFrom(...field.options);
	const { exponent: e, multiple: m } = stepParts(field.step);
	const first = gridIndex(field.min, e);
	const last = gridIndex(field.max, e);
	if (first === undefined || last === undefined || first % m !== 0 || last % m !== 0)
		throw new Error('bounds are not whole steps');
	const steps = fc.integer({ min: first / m, max: last / m });
	const ends = fc.constantFrom(first / m, last / m);
	return fc.oneof(steps, ends).map((j) => gridValue(j * m, e));
}

function validScenario<F extends Fields>(schema: Schema<F>): fc.Arbitrary<Scenario<F>> {
	const record = Object.fromEntries(
		Object.entries(schema.fields).map(([k, f]) => [k, validValue(f)])
	);
	return fc.record(record) as unknown as fc.Arbitrary<Scenario<F>>;
}

function isValid<F extends Fields>(schema: Schema<F>, scenario: Scenario<F>): boolean {
	return Object.entries(schema.fields).every(([key, field]) => {
		const value = scenario[key];
		if (field.kind === 'choice') return field.options.includes(value as string);
		return (
			typeof value === 'number' &&
			value >= field.min &&
			value <= field.max &&
			isOnGrid(value, field.step)
		);
	});
}

const queryText = fc.oneof(
	fc.string(),
	fc
		.array(
			fc.tuple(
				fc.constantFrom(
					'v',
					'own',
					'delegated',
					'pledge',
					'k',
					'eth',
					'totalEth',
					'ada',
					'preset',
					'start',
					'cap',
					'epoch',
					'x'
				),
				fc.string()
			)
		)
		.map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
	fc
		.array(
			fc.tuple(
				fc.constantFrom('own', 'delegated', 'pledge', 'eth', 'poolStake', 'a0', 'epoch'),
				fc.double()
			)
		)
		.map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
);

for (const slug of Object.keys(widgets) as (keyof typeof widgets)[]) {
	const { schema } = widgetEntry(slug);

	describe(`${slug} scenario links`, () => {
		it('parseScenario(serializeScenario(s)) equals s for every valid scenario, with no notice', () => {
			fc.assert(
				fc.property(validScenario(schema), (scenario) => {
					expect(parseScenario(schema, serializeScenario(schema, scenario))).toEqual({
						scenario,
						notices: []
					});
				})
			);
		});

		it('any string parses to a valid scenario without throwing', () => {
			fc.assert(
				fc.property(queryText, (query) => {
					expect(isValid(schema, parseScenario(schema, query).scenario)).toBe(true);
				})
			);
		});

		it('the canonical query of a scenario is stable', () => {
			fc.assert(
				fc.property(queryText, (query) => {
					const canonical = serializeScenario(schema, parseScenario(schema, query).scenario);
					expect(serializeScenario(schema, parseScenario(schema, canonical).scenario)).toBe(
						canonical
					);
				})
			);
		});
	});
}
