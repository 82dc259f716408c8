import { describe, expect, it } from 'vitest';
import type { CaseResult } from './runCase';
import type { SettledShape } from './settledShape';
import { tableHeader, tableRow, validationTable } from './validationTable';

const shape: SettledShape = {
	epoch: 99,
	k: 50,
	maxRatio: 1.0123,
	nearSaturated: 48,
	predicted: 49,
	topShare: 0.9962,
	oversize: 0,
	excess: 0.34,
	poolsWithDelegations: 51
};

/** A passing run of a non-myopic case, with whatever the test changes. */
function result(change: Partial<CaseResult> = {}, end: Partial<CaseResult['end']> = {}) {
	const r: CaseResult = {
		id: 'ranking from whale',
		kind: 'fill',
		seed: 1,
		pools: 300,
		end: {
			...shape,
			over: 3,
			byPledge: 1,
			byDesirability: 2,
			unexplained: 0,
			wouldMove: 0,
			...end
		},
		settledBy: 42,
		movesAtEnd: 0,
		failures: [],
		...change
	};
	return r;
}

const verdict = (r: CaseResult) => tableRow(r)[2];

describe('tableRow', () => {
	it('writes each measure in its column', () => {
		// maxRatio 1.0123 to 3 places; excess 0.34 to 1; topShare 0.9962 as 99.6 %.
		expect(tableRow(result())).toEqual([
			'ranking from whale',
			'1',
			'pass',
			'42',
			'1.012',
			'48 (49)',
			'0.3',
			'3: 1/2/0',
			'0',
			'99.6 %',
			'51',
			''
		]);
	});

	it('a k case shows the near-saturated count and prediction just before the change', () => {
		const r = result({ kind: 'kDrop', before: { ...shape, nearSaturated: 98, predicted: 97 } });
		expect(tableRow(r)[11]).toBe('98 (97)');
	});

	it('a judged case with no failures passes', () => {
		expect(verdict(result())).toBe('pass');
	});

	it('a judged case with a failure FAILs', () => {
		expect(verdict(result({ failures: ['1 pools above 1.02× saturation'] }))).toBe('FAIL');
	});

	it('a myopic run is stuck when nothing moves and unexplained pools stay over saturation', () => {
		expect(verdict(result({ kind: 'myopic', movesAtEnd: 0 }, { unexplained: 2 }))).toBe('stuck');
	});

	it('a myopic run with nothing moving and nothing unexplained is only reported', () => {
		expect(verdict(result({ kind: 'myopic', movesAtEnd: 0 }, { unexplained: 0 }))).toBe('report');
	});

	it('a myopic run still moving is only reported, unexplained pools or not', () => {
		expect(verdict(result({ kind: 'myopic', movesAtEnd: 7 }, { unexplained: 2 }))).toBe('report');
	});
});

describe('validationTable', () => {
	// Every column is as wide as its header (lengths 4, 4, 6, 16, 12, 19, 11, 42, 10, 8, 22, 36)
	// but the first: the case id 'ranking from whale' is 18 characters.
	const widths = [18, 4, 6, 16, 12, 19, 11, 42, 10, 8, 22, 36];
	const failed = result({ seed: 2, failures: ['first failure', 'second failure'] });
	const lines = validationTable([result(), failed]).split('\n');

	it('header, dash line, one row per run, then one line per failure', () => {
		expect(lines).toHaveLength(2 + 2 + 2);
	});

	it('pads the header to the widest cell of each column', () => {
		expect(lines[0]).toBe(['case'.padEnd(18), ...tableHeader.slice(1)].join(' | '));
	});

	it('puts a line of dashes as wide as each column under the header', () => {
		expect(lines[1]).toBe(widths.map((w) => '-'.repeat(w)).join('-|-'));
		// 18 dashes for the case column, then '-|-' around the 4 of the seed column.
		expect(lines[1]).toMatch(/^-{19}\|-{6}\|-{8}\|/);
	});

	it('pads each cell of a row to its column', () => {
		// Row cells are shorter than the headers, so each ends in spaces up to the width.
		expect(lines[2].startsWith('ranking from whale | 1    | pass   | 42               | ')).toBe(
			true
		);
		expect(lines[2]).toHaveLength(widths.reduce((a, b) => a + b) + 3 * 11);
		expect(lines[3]).toMatch(/^ranking from whale \| 2 {4}\| FAIL {3}\| /);
	});

	it('lists each failure with its case and seed', () => {
		expect(lines.slice(4)).toEqual([
			'FAIL ranking from whale, seed 2: first failure',
			'FAIL ranking from whale, seed 2: second failure'
		]);
	});
});
