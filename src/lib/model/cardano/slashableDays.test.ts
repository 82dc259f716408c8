import { describe, expect, it } from 'vitest';
import { slashableDays } from './slashableDays';

describe('Cardano slashableDays', () => {
	it('is none: no ledger rule takes pledge or delegated ada', () => {
		expect(slashableDays()).toBe(0);
	});
});
