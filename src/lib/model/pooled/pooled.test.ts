import { describe, expect, it } from 'vitest';
import { annualRate } from '../ethereum/annualRate';
import { gweiFromEth } from '../ethereum/gwei';
import { lidoFees } from '../params';
import { csmIcsCurve } from '../designs/csmBond';
import {
	csmOperatorReward,
	csmRewardShareOf,
	csmRewardShares,
	csmValidatorsForBond
} from './csmOperatorReward';
import { rethRate, stethRate } from './liquidTokenRate';
import { rocketPoolNodeReward, rocketPoolValidators } from './rocketPoolNodeReward';

// T = 34M ETH: 347 Gwei per ETH per epoch · 82,181.25 epochs / 10^9 = 0.028516894 a year.
const rate = annualRate(gweiFromEth(34_000_000));

describe('pooled rewards at T = 34M ETH', () => {
	it('the rate they build on is 2.8516894 %', () => {
		expect(rate).toBeCloseTo(0.028516894, 9);
	});

	it('rocketPoolNodeReward(1, r) = r · (4 + 0.05 · 28) = 0.1539912 ETH, 3.85 % of the bond', () => {
		expect(rocketPoolNodeReward(1, rate)).toBeCloseTo(0.153991228, 8);
		expect(rocketPoolNodeReward(2, rate) / 8).toBeCloseTo(0.038497807, 8);
	});

	it('rocketPoolValidators: 10 ETH bonds 2, 3.99 ETH none, 4 ETH one', () => {
		expect([10, 3.99, 4, 0].map((eth) => rocketPoolValidators(eth))).toEqual([2, 0, 1, 0]);
	});

	it('permissionless csmOperatorReward(1, 2.4, r) = r · (1.92 · 0.5834 + 2.16) = 0.0935391 ETH, 3.90 % of the bond', () => {
		expect(csmOperatorReward(1, 2.4, rate)).toBeCloseTo(0.0935390617, 9);
		expect(csmOperatorReward(1, 2.4, rate) / 2.4).toBeCloseTo(0.038974609, 8);
	});

	it('identified community staker csmOperatorReward(1, 1.5, r) = r · (1.92 + 1.35) = 0.0932502 ETH, 6.22 % of the bond', () => {
		expect(csmOperatorReward(1, 1.5, rate, 'ics')).toBeCloseTo(0.0932502426, 9);
		expect(csmOperatorReward(1, 1.5, rate, 'ics') / 1.5).toBeCloseTo(0.0621668284, 9);
	});

	it('32 ETH of bond: permissionless 23 validators earn 1.55597 ETH, ICS 24 validators 1.95287 ETH', () => {
		expect(csmOperatorReward(23, 32, rate)).toBeCloseTo(1.5559656767, 9);
		expect(csmValidatorsForBond(32, csmIcsCurve)).toBe(24);
		expect(csmOperatorReward(24, 32, rate, 'ics')).toBeCloseTo(1.9528660853, 9);
	});

	it('csmValidatorsForBond: 2.4 → 1, 3.7 → 2, 10 → 6, 2.39 → 0, 32 → 23', () => {
		expect([2.4, 3.7, 10, 2.39, 32].map((eth) => csmValidatorsForBond(eth))).toEqual([
			1, 2, 6, 0, 23
		]);
	});

	it('stETH nets 90 % of the rate (2.5665 %), rETH 86 % (2.4525 %)', () => {
		expect(stethRate(rate)).toBeCloseTo(0.025665205, 8);
		expect(rethRate(rate)).toBeCloseTo(0.024524529, 8);
	});
});

describe('Lido fee split', () => {
	it.each([
		['CSM', lidoFees.csmModuleFee.value, lidoFees.csmTreasuryFee.value],
		['Curated', lidoFees.curatedModuleFee.value, lidoFees.curatedTreasuryFee.value]
	])('%s module fee + treasury fee is the 10 %% protocol fee', (_, module, treasury) => {
		expect(module + treasury).toBeCloseTo(lidoFees.protocolFee.value, 12);
	});
});

describe('CSM reward share (DeployMainnet.s.sol, CSM v2)', () => {
	it('a permissionless operator gets 58.34 % of the 6 % module fee on every key: 3.5 % of rewards', () => {
		expect([1, 2, 17, 500].map((k) => csmRewardShareOf(k, 'permissionless'))).toEqual([
			0.5834, 0.5834, 0.5834, 0.5834
		]);
		expect(lidoFees.csmModuleFee.value * csmRewardShareOf(1, 'permissionless')).toBeCloseTo(
			0.035004,
			12
		);
	});

	it('an identified community staker gets the full fee on keys 1 to 16, then 58.34 %', () => {
		expect([1, 16, 17, 40].map((k) => csmRewardShareOf(k, 'ics'))).toEqual([1, 1, 0.5834, 0.5834]);
		expect(csmRewardShares(20, 'ics')).toBeCloseTo(16 + 4 * 0.5834, 12);
		expect(csmRewardShares(20, 'permissionless')).toBeCloseTo(20 * 0.5834, 12);
		expect(csmRewardShares(0, 'ics')).toBe(0);
	});
});
