import { describe, expect, it } from 'vitest';
import { finalityLeak } from './finalityLeak';

describe('finalityLeak (liveness attack, no slashing)', () => {
	it('34 % offline: finality returns once their eb is 31 ETH, after 512 leak epochs (2.28 days), 0.2505 ETH lost', () => {
		// Σ_{i ≤ t} 32·10^9 · 4i / (4 · 2^24) > 0.25·10^9 first at t = 512: 512 · 513 = 262,656 > 262,144.
		const leak = finalityLeak(0.34, 'electra');
		expect(leak.endsBy).toBe('finality');
		expect(leak.epochs).toBe(512);
		expect(leak.days).toBeCloseTo(512 / 225, 12);
		expect(leak.effectiveBalanceGwei).toBe(31_000_000_000n);
		expect(Number(leak.lossGwei) / 1e9).toBeCloseTo(0.2505, 4);
	});

	it('40 % offline: their eb must fall to 16 · 0.6 / 0.4 = 24 ETH, 2,948 epochs (13.1 days)', () => {
		const leak = finalityLeak(0.4, 'electra');
		expect(leak.effectiveBalanceGwei).toBe(24_000_000_000n);
		expect(leak.epochs).toBe(2948);
	});

	it('half or more offline: the leak runs until EJECTION_BALANCE, 4,685 epochs (20.8 days), over 15 ETH lost', () => {
		for (const share of [0.5, 0.6, 0.9]) {
			const leak = finalityLeak(share, 'electra');
			expect(leak.epochs).toBe(4685);
			expect(leak.effectiveBalanceGwei).toBe(16_000_000_000n);
			expect(Number(leak.lossGwei) / 1e9).toBeCloseTo(15.25, 2);
		}
		expect(finalityLeak(0.6, 'electra').endsBy).toBe('ejection');
	});

	it('below a third offline finality never stops: no leak', () => {
		expect(finalityLeak(0.3, 'electra')).toMatchObject({ epochs: 0, lossGwei: 0n });
		expect(() => finalityLeak(0, 'electra')).toThrow(RangeError);
	});
});
