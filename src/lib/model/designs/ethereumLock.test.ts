import { describe, expect, it } from 'vitest';
import { exitDays, lockNote } from './ethereumLock';

describe('Ethereum lock', () => {
	it('an exit with an empty queue takes 1 + 4 + 256 = 261 epochs of 384 s: 1.16 days', () => {
		expect(exitDays).toBeCloseTo((261 * 384) / 86_400, 12);
		expect(exitDays).toBeCloseTo(1.16, 12);
	});

	it('says a slashed validator waits 8192 epochs, 36.4 days', () => {
		expect(lockNote).toContain('; 36.4 days if slashed');
		expect(lockNote).toMatch(/^exit queue \(≥ 5 epochs, balance churn\) \+ 256 epochs/);
	});
});
