import { describe, expect, it } from 'vitest';
import { KEPT_HISTORIES, slashedValidatorEpochs } from './slashedValidatorEpochs';

const ETH = 1_000_000_000n;

describe('slashedValidatorEpochs', () => {
	it('walks a Bellatrix validator of 32 ETH slashed alone to a loss of 1,053,297,586 Gwei', () => {
		expect(
			slashedValidatorEpochs(32n * ETH, 32n * ETH, 34_000_000n * ETH, 'bellatrix').totalLossGwei
		).toBe(1_053_297_586n);
	});

	it('gives the history it walked before when asked again, and forgets the oldest past its limit', () => {
		const ask = (i: number) =>
			slashedValidatorEpochs(32n * ETH, 32n * ETH, (30_000_000n + BigInt(i)) * ETH, 'electra', 64);
		const first = ask(0);
		expect(ask(0)).toBe(first);
		for (let i = 1; i < KEPT_HISTORIES; i++) ask(i);
		expect(ask(0)).toBe(first);
		ask(KEPT_HISTORIES);
		const walkedAgain = ask(0);
		expect(walkedAgain).not.toBe(first);
		expect(walkedAgain).toEqual(first);
	});
});
