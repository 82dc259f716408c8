import { describe, expect, it } from 'vitest';
import { effectiveBalanceAfter, maxEffectiveBalanceFor } from './effectiveBalance';

const ETH = 1_000_000_000n;

// Hysteresis: increment 1 ETH / quotient 4 = 0.25 ETH; down × 1 = 0.25 ETH, up × 5 = 1.25 ETH.
describe('effectiveBalanceAfter', () => {
	const cap = 32n * ETH;

	it('keeps the effective balance while the balance stays within [eb − 0.25, eb + 1.25] ETH', () => {
		expect(effectiveBalanceAfter(31n * ETH + 800_000_000n, 32n * ETH, cap)).toBe(32n * ETH);
		expect(effectiveBalanceAfter(31n * ETH + 750_000_000n, 32n * ETH, cap)).toBe(32n * ETH);
		expect(effectiveBalanceAfter(32n * ETH + 250_000_000n, 31n * ETH, cap)).toBe(31n * ETH);
	});

	it('drops to the whole ETH below the balance once it falls past eb − 0.25 ETH', () => {
		expect(effectiveBalanceAfter(31n * ETH + 749_999_999n, 32n * ETH, cap)).toBe(31n * ETH);
		expect(effectiveBalanceAfter(30n * ETH + 990_000_000n, 32n * ETH, cap)).toBe(30n * ETH);
	});

	it('rises once the balance passes eb + 1.25 ETH, never above the cap', () => {
		expect(effectiveBalanceAfter(32n * ETH + 250_000_001n, 31n * ETH, cap)).toBe(32n * ETH);
		expect(effectiveBalanceAfter(40n * ETH, 31n * ETH, cap)).toBe(32n * ETH);
		expect(effectiveBalanceAfter(40n * ETH, 31n * ETH, 2048n * ETH)).toBe(40n * ETH);
	});
});

describe('maxEffectiveBalanceFor', () => {
	it('is 32 ETH up to 32 ETH and 2048 ETH (compounding) above it', () => {
		expect(maxEffectiveBalanceFor(31n * ETH)).toBe(32n * ETH);
		expect(maxEffectiveBalanceFor(32n * ETH)).toBe(32n * ETH);
		expect(maxEffectiveBalanceFor(32n * ETH + 1n)).toBe(2048n * ETH);
	});
});
