import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlationPenalty } from './correlationPenalty';
import { effectiveBalanceAfter } from './effectiveBalance';
import { forks, slashingEra } from './fork';
import { gweiFromEth } from './gwei';
import { initialSlashingPenalty } from './initialSlashingPenalty';
import { missedDutyPenalty } from './missedDutyPenalty';
import { slashingLoss } from './slashingLoss';
import { whistleblowerReward } from './whistleblowerReward';

const ETH = gweiFromEth(1);
const T = gweiFromEth(34_000_000);

describe('initialSlashingPenalty', () => {
	it.each([
		['phase0', 250_000_000n],
		['altair', 500_000_000n],
		['bellatrix', 1_000_000_000n],
		['deneb', 1_000_000_000n],
		['electra', 7_812_500n],
		['fulu', 7_812_500n]
	] as const)('initialSlashingPenalty(32 ETH, %s) is %d Gwei', (fork, expected) => {
		expect(initialSlashingPenalty(32n * ETH, fork)).toBe(expected);
	});
	it('initialSlashingPenalty(2048 ETH, electra) is 0.5 ETH', () => {
		expect(initialSlashingPenalty(2048n * ETH, 'electra')).toBe(ETH / 2n);
	});
});

describe('whistleblowerReward', () => {
	it('whistleblowerReward(32 ETH) is 1/512 of eb before electra, proposer part 1/8 of it', () => {
		for (const fork of ['phase0', 'altair', 'bellatrix'] as const) {
			expect(whistleblowerReward(32n * ETH, fork)).toEqual({
				totalGwei: 62_500_000n,
				proposerPartGwei: 7_812_500n
			});
		}
	});
	it('whistleblowerReward(2048 ETH, electra) is 0.5 ETH with a 62,500,000 Gwei proposer part', () => {
		expect(whistleblowerReward(2048n * ETH, 'electra')).toEqual({
			totalGwei: ETH / 2n,
			proposerPartGwei: 62_500_000n
		});
	});
});

describe('correlationPenalty', () => {
	it.each([
		['alone', 32n * ETH, 0n, 90_336n],
		['1% of stake', T / 100n, 0n, 960_000_000n],
		['10% of stake', T / 10n, 9n * ETH, 9_600_000_000n],
		['a third of stake', T / 3n + 1n, 32n * ETH, 32n * ETH]
	])(
		'correlationPenalty(32 ETH, %s, 34M ETH) is legacy %d, electra %d',
		(_, slashed, legacy, electra) => {
			expect(correlationPenalty(32n * ETH, slashed, T, 'bellatrix')).toBe(legacy);
			expect(correlationPenalty(32n * ETH, slashed, T, 'electra')).toBe(electra);
		}
	);

	it('correlationPenalty is linear in effective balance from electra: 2048 ETH pays 64 × 32 ETH', () => {
		fc.assert(
			fc.property(fc.bigInt(1n, 2048n), fc.bigInt(1n, 2048n), fc.bigInt(0n, T), (a, b, slashed) => {
				const penalty = (eth: bigint) => correlationPenalty(eth * ETH, slashed, T, 'electra');
				expect(penalty(a + b)).toBe(penalty(a) + penalty(b));
			})
		);
		expect(correlationPenalty(2048n * ETH, T / 10n, T, 'electra')).toBe(
			64n * correlationPenalty(32n * ETH, T / 10n, T, 'electra')
		);
	});

	it('correlationPenalty is not linear before electra: 1% slashed costs 32 ETH nothing but 64 × 32 ETH 20 ETH', () => {
		expect(correlationPenalty(32n * ETH, T / 100n, T, 'bellatrix')).toBe(0n);
		expect(correlationPenalty(2048n * ETH, T / 100n, T, 'bellatrix')).toBe(61n * ETH);
	});

	it('correlationPenalty uses multiplier 1 in phase0 and 2 in altair', () => {
		expect(correlationPenalty(32n * ETH, T / 10n, T, 'phase0')).toBe(3n * ETH);
		expect(correlationPenalty(32n * ETH, T / 10n, T, 'altair')).toBe(6n * ETH);
	});
});

describe('slashingLoss', () => {
	it('slashingLoss of 32 ETH with a third of stake slashed is everything (bellatrix applies 31 ETH)', () => {
		const loss = slashingLoss(32n * ETH, T / 3n + 1n, T, 'bellatrix');
		expect(loss.correlationPenaltyGwei).toBe(32n * ETH);
		expect(loss.correlationPenaltyAppliedGwei).toBe(31n * ETH);
		expect(loss.remainingGwei).toBe(0n);
	});
	it('slashingLoss of 32 ETH alone under electra is 7,812,500 + 90,336 Gwei', () => {
		expect(slashingLoss(32n * ETH, 32n * ETH, T, 'electra').totalLossGwei).toBe(7_902_836n);
	});
});

describe('effectiveBalanceAfter', () => {
	it.each([
		[31n * ETH, 32n * ETH, 31n * ETH],
		[31n * ETH - 1n, 32n * ETH, 30n * ETH],
		[32n * ETH - ETH / 4n, 32n * ETH, 32n * ETH],
		[33n * ETH + ETH / 4n + 1n, 32n * ETH, 32n * ETH]
	])('effectiveBalanceAfter(%d, eb %d) is %d', (balance, eb, expected) => {
		expect(effectiveBalanceAfter(balance, eb, 32n * ETH)).toBe(expected);
	});
});

describe('missedDutyPenalty', () => {
	it('missedDutyPenalty(32 ETH, 34M ETH) is 2,429 + 4,511 = 6,940 Gwei', () => {
		expect(missedDutyPenalty(32n * ETH, T)).toBe(6_940n);
	});
});

describe('forks', () => {
	it('slashingEra maps capella/deneb to bellatrix and fulu/gloas to electra', () => {
		expect(forks.map(slashingEra)).toEqual([
			'phase0',
			'altair',
			'bellatrix',
			'bellatrix',
			'bellatrix',
			'electra',
			'electra',
			'electra'
		]);
	});
});
