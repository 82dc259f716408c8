import { describe, expect, it } from 'vitest';
import { consolidatedValidator } from './consolidatedValidator';
import { exitQueueEthForDays } from './exitQueueEthForDays';
import { exitQueueWait } from './exitQueueWait';
import { gweiFromEth } from './gwei';
import { withdrawalSweepDays } from './withdrawalSweepDays';

const total = gweiFromEth(34_000_000);

describe('withdrawalSweepDays', () => {
	it('withdrawalSweepDays(830,000) is 51,875 slots of 12 s', () => {
		expect(withdrawalSweepDays(830_000)).toBeCloseTo((51_875 * 12) / 86_400, 12);
		expect(withdrawalSweepDays(830_000)).toBeCloseTo(7.205, 3);
	});
	it('rounds a part-block up and treats no validators as no wait', () => {
		expect(withdrawalSweepDays(17)).toBeCloseTo(24 / 86_400, 12);
		expect(withdrawalSweepDays(0)).toBe(0);
	});
});

describe('exitQueueWait', () => {
	it('nothing to exit behind an empty queue leaves at the first exit epoch: 1 + 4 epochs', () => {
		// compute_activation_exit_epoch: current + 1 + MAX_SEED_LOOKAHEAD, no churn epochs after it.
		const wait = exitQueueWait(0n, 0n, total, 'electra');
		expect(wait.exitEpochOffset).toBe(5n);
		expect(wait.withdrawableEpochOffset).toBe(5n + 256n);
	});
	it('one epoch of churn adds nothing; a Gwei more than one epoch adds one epoch', () => {
		const churn = exitQueueWait(0n, 0n, total, 'electra').churnPerEpochGwei;
		expect(exitQueueWait(churn, 0n, total, 'electra').exitEpochOffset).toBe(5n);
		expect(exitQueueWait(churn, 1n, total, 'electra').exitEpochOffset).toBe(6n);
	});
});

describe('exitQueueEthForDays', () => {
	it('40 days at the electra cap of 256 ETH an epoch is 2,304,000 ETH', () => {
		expect(exitQueueEthForDays(40, total, 'electra')).toBe(2_304_000);
	});
	it('is the inverse of exitQueueWait to within one epoch', () => {
		const eth = exitQueueEthForDays(10, total, 'electra');
		const wait = exitQueueWait(0n, gweiFromEth(eth), total, 'electra');
		expect(wait.exitDays).toBeGreaterThan(10);
		expect(wait.exitDays).toBeLessThan(10 + 6 / 225);
	});
	it('scales with the gloas draft churn: 1,037 ETH an epoch at 34M', () => {
		expect(exitQueueEthForDays(1, total, 'gloas')).toBe(225 * 1037);
	});
});

describe('consolidatedValidator', () => {
	it('a 2048 ETH validator: 64 ETH initial penalty at 1/32, 0.5 ETH at 1/4096, 8 epochs of churn', () => {
		expect(consolidatedValidator(total)).toEqual({
			balanceEth: 2048,
			initialPenaltyBellatrixEth: 64,
			initialPenaltyElectraEth: 0.5,
			exitChurnEpochs: 8
		});
	});
});
