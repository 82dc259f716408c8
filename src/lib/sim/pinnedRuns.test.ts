import { describe, expect, it } from 'vitest';
import { runSimulation } from './runSimulation';
import type { SimParams } from './simParams';
import { validationWorld } from './validation/validationWorld';

/**
 * Tripwires for changes meant to leave results alone (speed work): moves per epoch and a checksum
 * of the final pool stakes (Σ (p + 1) · stake of pool p, exact in whole ada) of 12 epochs from the
 * whale start in the 300-pool world, one run per rule and one mixed population. A change that
 * should alter results updates these numbers in the same commit and says why.
 */
const world: SimParams = { ...validationWorld('test'), epochs: 12, start: 'whale' };

function fingerprint(extra: Partial<SimParams>) {
	const state = runSimulation({ ...world, ...extra });
	let checksum = 0;
	state.poolStake.forEach((stake, p) => (checksum += (p + 1) * stake));
	return { moves: state.history.map((m) => m.moves), checksum };
}

describe('pinned runs', () => {
	it('information all', () => {
		expect(fingerprint({ information: 'all' })).toEqual({
			moves: [3019, 2999, 2998, 1849, 1495, 2633, 2960, 131, 1519, 2900, 2445, 1205],
			checksum: 256793303276
		});
	});
	it('information sample', () => {
		expect(fingerprint({ information: 'sample' })).toEqual({
			moves: [2994, 2965, 2953, 1659, 2517, 1201, 1109, 1493, 2915, 717, 2990, 1936],
			checksum: 214112715041
		});
	});
	it('information ranking', () => {
		expect(fingerprint({ information: 'ranking' })).toEqual({
			moves: [3018, 2992, 2991, 971, 1199, 1570, 2914, 92, 1426, 2810, 1575, 395],
			checksum: 245011227244
		});
	});
	it('mixed population with sticky stake', () => {
		expect(fingerprint({ mix: { all: 0.3, sample: 0.2, ranking: 0.3, sticky: 0.2 } })).toEqual({
			moves: [2412, 2373, 2386, 2397, 1614, 2421, 2433, 1635, 1718, 364, 2388, 1085],
			checksum: 223209217414
		});
	});
});
