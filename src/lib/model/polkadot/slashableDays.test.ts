import { describe, expect, it } from 'vitest';
import { polkadotSlashableDays } from './slashableDays';

describe('polkadotSlashableDays', () => {
	it('is the bonding duration: 28 eras of 24 h, 28 days', () => {
		expect(polkadotSlashableDays()).toBe(28);
	});
});
