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
			moves: [3065, 1868, 2943, 1497, 2940, 1783, 2139, 2569, 2562, 3004, 1767, 1494],
			checksum: 228621148085
		});
	});
	it('information sample', () => {
		expect(fingerprint({ information: 'sample' })).toEqual({
			moves: [3038, 2977, 2981, 2997, 3030, 2439, 2453, 2108, 1750, 1747, 2431, 1951],
			checksum: 273079185950
		});
	});
	it('information ranking', () => {
		expect(fingerprint({ information: 'ranking' })).toEqual({
			moves: [3060, 1276, 2937, 274, 2929, 0, 1847, 1443, 2392, 2957, 0, 0],
			checksum: 229975775409
		});
	});
	it('mixed population with sticky stake', () => {
		expect(fingerprint({ mix: { all: 0.3, sample: 0.2, ranking: 0.3, sticky: 0.2 } })).toEqual({
			moves: [2451, 2433, 2375, 2386, 1018, 1507, 2335, 1952, 2235, 2098, 1894, 2410],
			checksum: 248741568352
		});
	});
});
