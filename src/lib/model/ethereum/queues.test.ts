import { describe, expect, it } from 'vitest';
import { annualIssuanceEth, annualRate, annualRateApprox } from './annualRate';
import { baseRewardPerIncrement } from './baseReward';
import { epochsToDays } from './epochsToDays';
import { exitChurnLimit } from './exitChurn';
import { exitQueueWait } from './exitQueueWait';
import { gweiFromEth } from './gwei';
import { inactivityLeak, inactivityLeakRetainedApprox } from './inactivityLeak';
import { integerSquareRoot } from './integerSquareRoot';

const T = gweiFromEth(34_000_000);

describe('integerSquareRoot', () => {
	it.each([
		[0n, 0n],
		[1n, 1n],
		[15n, 3n],
		[16n, 4n],
		[34_000_000_000_000_000n, 184_390_889n]
	])('integerSquareRoot(%d) is %d', (n, root) => {
		expect(integerSquareRoot(n)).toBe(root);
	});
});

describe('exitChurnLimit', () => {
	it.each([
		[4_000_000, 128n],
		[8_388_608, 128n],
		[12_000_000, 183n],
		[16_777_216, 256n],
		[34_000_000, 256n]
	])('exitChurnLimit(%d ETH, electra) is %d ETH', (totalEth, churnEth) => {
		expect(exitChurnLimit(gweiFromEth(totalEth), 'electra')).toBe(gweiFromEth(churnEth));
	});
	it('exitChurnLimit(34M ETH, gloas draft) is 1037 ETH, uncapped', () => {
		expect(exitChurnLimit(T, 'gloas')).toBe(gweiFromEth(1037));
	});
	it('exitChurnLimit before electra throws: churn was counted in validators', () => {
		expect(() => exitChurnLimit(T, 'deneb')).toThrow(RangeError);
	});
});

describe('exitQueueWait', () => {
	it('exitQueueWait(32 ETH, nothing ahead) exits in 5 epochs and is withdrawable after 261 (1.16 days)', () => {
		const wait = exitQueueWait(gweiFromEth(32), 0n, T, 'electra');
		expect([wait.exitEpochOffset, wait.withdrawableEpochOffset]).toEqual([5n, 261n]);
		expect(wait.withdrawableDays).toBeCloseTo(1.16, 10);
	});
	it('exitQueueWait(32 ETH, 1M ETH ahead) exits after 5 + 3906 epochs', () => {
		expect(
			exitQueueWait(gweiFromEth(32), gweiFromEth(1_000_000), T, 'electra').exitEpochOffset
		).toBe(3911n);
	});
	it('exitQueueWait(2048 ETH, nothing ahead) needs 8 epochs of churn: exit after 12', () => {
		expect(exitQueueWait(gweiFromEth(2048), 0n, T, 'electra').exitEpochOffset).toBe(12n);
	});
});

describe('epochsToDays', () => {
	it('epochsToDays(225) is 1 and epochsToDays(8192) is 36.41', () => {
		expect(epochsToDays(225)).toBe(1);
		expect(epochsToDays(8192)).toBeCloseTo(36.4089, 4);
	});
});

describe('base reward and annual rate', () => {
	it.each([
		[1_000_000, 2023n],
		[10_000_000, 640n],
		[34_000_000, 347n],
		[120_000_000, 184n]
	])('baseRewardPerIncrement(%d ETH) is %d Gwei', (eth, expected) => {
		expect(baseRewardPerIncrement(gweiFromEth(eth))).toBe(expected);
	});
	it('annualRate(34M ETH) is 347 · 82,181.25 / 1e9 = 2.8517 %; the approximation 2.8524 %', () => {
		expect(annualRate(T)).toBeCloseTo(0.02851689375, 12);
		expect(annualRateApprox(T)).toBeCloseTo(5_259_600 / Math.sqrt(34e15), 12);
		expect(annualIssuanceEth(T)).toBeCloseTo((5_259_600 / Math.sqrt(34e15)) * 34e6, 3);
	});
	it('annualRateApprox(N) · sqrt(N) is 166.32 for any N in ETH', () => {
		for (const n of [1e6, 34e6, 1e8]) {
			expect(annualRateApprox(gweiFromEth(n)) * Math.sqrt(n)).toBeCloseTo(166.3232, 4);
		}
	});
});

describe('inactivityLeak', () => {
	it('inactivityLeak(32 ETH, 4096 epochs) leaves 19,505,630,341 Gwei, near 32 · e^(−1/2)', () => {
		const leak = inactivityLeak(gweiFromEth(32), 4096, 'electra');
		expect(leak.balanceGwei).toBe(19_505_630_341n);
		expect(leak.ejectionEpoch).toBeNull();
		expect(inactivityLeakRetainedApprox(4096)).toBeCloseTo(Math.exp(-0.5), 12);
	});
	it('inactivityLeak(32 ETH) reaches the 16 ETH ejection balance at leak epoch 4685', () => {
		expect(inactivityLeak(gweiFromEth(32), 6000, 'bellatrix').ejectionEpoch).toBe(4685);
	});
	it('inactivityLeak drains slower in altair (quotient 3 · 2^24) and is undefined in phase0', () => {
		const altair = inactivityLeak(gweiFromEth(32), 4096, 'altair').balanceGwei;
		expect(altair).toBeGreaterThan(19_505_630_341n);
		expect(() => inactivityLeak(gweiFromEth(32), 10, 'phase0')).toThrow(RangeError);
	});
});
