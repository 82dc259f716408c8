import { describe, expect, it } from 'vitest';
import { defineDataTable } from '../../export/dataTable';
import type { ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { scenarioCsv, scenarioCsvStats } from './scenarioCsv';

/** A widget whose data counts how often it is computed. */
function fakeWidget(slug: string) {
	const log = { calls: 0 };
	const widget = {
		slug,
		data: (scenario: { n: number }) => {
			log.calls++;
			return [defineDataTable({ title: 't', columns: [{ label: 'n' }], rows: [[scenario.n]] })];
		}
	};
	const found = (n: number) =>
		({ widget, scenario: { n }, query: `v=1&n=${n}` }) as unknown as ScenarioFromUrl;
	return { log, found };
}

describe('scenarioCsv', () => {
	it('computes a canonical query once; later requests are answered from the cache', async () => {
		const { log, found } = fakeWidget('cached');
		const hits = scenarioCsvStats.hits;
		const first = await scenarioCsv(found(1));
		expect(await scenarioCsv(found(1))).toBe(first);
		expect(await scenarioCsv(found(1))).toBe(first);
		expect(log.calls).toBe(1);
		expect(scenarioCsvStats.hits - hits).toBe(2);
		await scenarioCsv(found(2));
		expect(log.calls).toBe(2);
		expect(await scenarioCsv(found(2))).toBe('\uFEFFn\r\n2\r\n');
	});
});
