import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';
import { defineDataTable } from './dataTable';
import { exportFilename } from './exportFilename';

describe('csvCell', () => {
	it('writes numbers unrounded and as numbers, negative ones included', () => {
		expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(1e21)).toBe('1e+21');
		expect(csvCell(Infinity)).toBe('Infinity');
	});
	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x.test","a")')).toBe(
			`"'=HYPERLINK(""http://x.test"",""a"")"`
		);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-1')).toBe("'-1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tcmd')).toBe("'\tcmd");
	});
	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('plain text')).toBe('plain text');
		expect(csvCell(true)).toBe('yes');
		expect(csvCell(false)).toBe('no');
	});
});

describe('toCsv', () => {
	const first = defineDataTable({
		title: 'First',
		columns: [
			{ label: 'Stake', unit: 'ETH' },
			{ label: 'Leverage', unit: '×' },
			{ label: 'Yours' }
		],
		rows: [
			[1, 10, false],
			[9, 1.1111111111111112, true]
		]
	});
	const second = defineDataTable({
		title: 'Second, with a comma',
		columns: [{ label: 'Design' }],
		rows: [['Ethereum']]
	});
	it('starts with a byte order mark and a header row with units, lines ending CRLF', () => {
		expect(toCsv([first])).toBe(
			'\uFEFFStake (ETH),Leverage (×),Yours\r\n1,10,no\r\n9,1.1111111111111112,yes\r\n'
		);
	});
	it('puts a later table under an empty line and its title, padded to the widest', () => {
		expect(toCsv([first, second]).split('\r\n').slice(3)).toEqual([
			',,',
			'"Second, with a comma",,',
			'Design,,',
			'Ethereum,,',
			''
		]);
	});
	it('refuses a row whose cells do not match the columns', () => {
		expect(() =>
			defineDataTable({ title: 'T', columns: [{ label: 'a' }], rows: [[1, 2]] })
		).toThrow(/2 cells for 1 columns/);
	});
});

describe('exportFilename', () => {
	it('names the widget and the canonical scenario', () => {
		expect(exportFilename('leverage', 'v=1&delegated=40M&pledge=250k', 'csv')).toBe(
			'leverage_v-1_delegated-40M_pledge-250k.csv'
		);
	});
	it('keeps only characters safe in file names and headers', () => {
		expect(exportFilename('x', 'v=1&a=%22%3B%0Aevil%2F..%2F', 'csv')).toBe('x_v-1_a-evil...csv');
	});
});
