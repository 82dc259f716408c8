import { describe, expect, it } from 'vitest';
import { leverageSchema } from './leverage';
import { punishmentSchema } from './punishment';
import { scenarioPath } from './scenarioPath';

describe('scenarioPath', () => {
	it('links the defaults by the version alone', () => {
		expect(scenarioPath('leverage', leverageSchema, {})).toBe('/w/leverage?v=1');
	});

	it('writes only the changed values, in SI form', () => {
		expect(scenarioPath('leverage', leverageSchema, { own: 4, delegated: 28 })).toBe(
			'/w/leverage?v=1&own=4&delegated=28'
		);
		expect(scenarioPath('punishment', punishmentSchema, { slashedPercent: 34 })).toBe(
			'/w/punishment?v=1&slashedPercent=34'
		);
	});
});
