import { describe, expect, it } from 'vitest';
import { calculatorSchema } from './calculator';
import { clampValue } from './clampValue';
import { parseScenario } from './parseScenario';
import { currentDefaults } from './schema';
import { serializeScenario } from './serializeScenario';

const defaults = currentDefaults(calculatorSchema);

describe('calculatorSchema', () => {
	it('defaults are 32 ETH, 34M ETH staked, 100k ada in a 30M ada pool pledging 400k', () => {
		expect(defaults).toEqual({
			eth: 32,
			totalEth: 34_000_000,
			ada: 100_000,
			poolStake: 30_000_000,
			pledge: 400_000,
			cost: 170,
			margin: 2.5
		});
	});

	it('every default is valid for its field', () => {
		for (const [key, field] of Object.entries(calculatorSchema.fields))
			expect(clampValue(field, defaults[key as keyof typeof defaults]).reason).toBeUndefined();
	});

	it('a link with 10 ETH and 60M ETH staked keeps the other defaults', () => {
		const { scenario, notices } = parseScenario(calculatorSchema, 'v=1&eth=10&totalEth=60M');
		expect(notices).toEqual([]);
		expect(scenario).toEqual({ ...defaults, eth: 10, totalEth: 60e6 });
		expect(
			parseScenario(calculatorSchema, serializeScenario(calculatorSchema, scenario)).scenario
		).toEqual(scenario);
	});
});
