import { describe, expect, it } from 'vitest';
import { GET } from '../../src/routes/(site)/w/[widget].csv/+server';
import { widgets } from '../../src/lib/widgets';

type Event = Parameters<typeof GET>[0];

function csvOf(widget: string, query: string): Promise<Response> {
	const url = new URL(`http://127.0.0.1/w/${widget}.csv?${query}`);
	return GET({ params: { widget }, url } as unknown as Event);
}

const rowsOf = async (response: Response) =>
	(await response.text()).replace(/^\uFEFF/, '').split('\r\n');

describe('/w/<widget>.csv', () => {
	for (const slug of Object.keys(widgets)) {
		it(`${slug}: CSV with a header of units, a file name and no NaN`, async () => {
			const response = await csvOf(slug, 'v=1');
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			expect(response.headers.get('content-disposition')).toBe(
				`attachment; filename="${slug}_v-1.csv"`
			);
			const rows = await rowsOf(response);
			expect(rows.length).toBeGreaterThan(2);
			expect(rows[0]).toMatch(/\(/);
			expect(rows.join('\n')).not.toMatch(/NaN|undefined/);
		});
		it(`${slug}: hostile and malformed values get the nearest scenario, never a formula`, async () => {
			const hostile = new URLSearchParams({
				v: '=1+1',
				own: '=cmd|"/c calc"!A1',
				delegated: '1e999',
				pledge: '-5',
				preset: '@SUM(1)',
				start: '<script>',
				epoch: '1e9',
				eth: '+9',
				day: 'NaN',
				'=x': '1'
			});
			const response = await csvOf(slug, hostile.toString());
			expect(response.status).toBe(200);
			const text = (await rowsOf(response)).join('\n');
			expect(text).not.toMatch(/(^|,)[=+@]/m);
			expect(text).not.toContain('<script>');
			expect(response.headers.get('content-disposition')).toMatch(
				/^attachment; filename="[\w.-]+"$/
			);
		});
	}

	it('leverage: the reader’s row holds the unrounded leverage 9 ETH delegated to 3 ETH gives', async () => {
		const rows = await rowsOf(await csvOf('leverage', 'v=1&own=3&delegated=9'));
		expect(rows[0]).toBe(
			'Delegated stake (ETH; ada for the Cardano pool),Your operator: leverage (×),' +
				rows[0].split(',').slice(2).join(',')
		);
		const mine = rows.find((r) => r.endsWith(',yes'));
		expect(mine?.split(',').slice(0, 2)).toEqual(['9', '4']);
	});

	it('answers 404 for a widget that does not exist', async () => {
		await expect(csvOf('nope', 'v=1')).rejects.toMatchObject({ status: 404 });
	});
});
