import { describe, expect, it } from 'vitest';
import { gweiFromEth } from './gwei';
import { isolatedSlashing } from './isolatedSlashing';

const T = gweiFromEth(34_000_000);

describe('isolatedSlashing (one 32 ETH validator slashed alone, T = 34M ETH)', () => {
	it('Electra: 0.0078125 initial + 8192 · 6,940 Gwei missed duties + 90,336 correlation = 0.06476 ETH', () => {
		const cost = isolatedSlashing(T, 'electra');
		expect(cost.initialPenaltyGwei).toBe(7_812_500n);
		expect(cost.missedDutyPenaltiesGwei).toBe(8192n * 6_940n);
		expect(cost.correlationPenaltyGwei).toBe(90_336n);
		expect(cost.totalLossGwei).toBe(7_812_500n + 56_852_480n + 90_336n);
		expect(cost.withdrawableDays).toBeCloseTo(8192 / 225, 12);
	});

	it('legacy (Deneb): 1 ETH initial, eb drops to 30 ETH, no correlation penalty: 1.0533 ETH', () => {
		const cost = isolatedSlashing(T, 'deneb');
		expect(cost.initialPenaltyGwei).toBe(1_000_000_000n);
		expect(cost.correlationPenaltyGwei).toBe(0n);
		expect(cost.totalLossGwei).toBe(1_053_297_586n);
	});

	it('the missed-duty penalties are most of an Electra isolated slashing, a small part of a legacy one', () => {
		const electra = isolatedSlashing(T, 'electra');
		const legacy = isolatedSlashing(T, 'deneb');
		expect(Number(electra.missedDutyPenaltiesGwei) / Number(electra.totalLossGwei)).toBeGreaterThan(
			0.8
		);
		expect(Number(legacy.missedDutyPenaltiesGwei) / Number(legacy.totalLossGwei)).toBeLessThan(
			0.06
		);
	});
});
