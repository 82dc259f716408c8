import { describe, expect, it } from 'vitest';
import { mainnetMiss, whaleFigures, widgetFigures } from './articleFigures';
import { epochsAndDays, figures, mixRows } from './articleNumbers';

/** The article's claims, which must hold at both sizes. */
describe('migration article figures (articleFigures.json, from npm run figures:migration)', () => {
	it('the 50-pool widget figures in the file are what the model computes now', () => {
		expect(figures.widget).toEqual(JSON.parse(JSON.stringify(widgetFigures())));
	});

	it(
		'the 50-pool whale runs in the file are what the model computes now',
		{ timeout: 60_000 },
		() => {
			expect(figures.whale.small).toEqual(JSON.parse(JSON.stringify(whaleFigures('small'))));
		}
	);

	it.each(['small', 'mainnet'] as const)(
		'%s: the ranking unwinds the whale and fills the predicted pools; myopic rules get stuck over saturation',
		(size) => {
			const { ranking, all, sample } = figures.whale[size];
			expect(ranking.whaleDownBy).toBeGreaterThan(0);
			expect(ranking.overReasons.unexplained).toBe(0);
			const miss = Math.max(1, Math.round(0.05 * ranking.predicted));
			expect(Math.abs(ranking.nearSaturated - ranking.predicted)).toBeLessThanOrEqual(miss);
			for (const myopic of [all, sample]) {
				expect(myopic.whaleRatio, 'the whale is emptied').toBeLessThan(0.1);
				expect(myopic.over).toBeGreaterThan(ranking.over);
				expect(myopic.maxRatio).toBeGreaterThan(1.2);
				// At mainnet scale their members would gain by moving to a top-ranked pool with room.
				if (size === 'mainnet') expect(myopic.overReasons.unexplained).toBeGreaterThan(100);
			}
		}
	);

	it('the closest population is the one with the smallest mean miss against mainnet', () => {
		const misses = figures.mixes.map((m) => mainnetMiss(m.shape));
		expect(figures.closest).toBe(misses.indexOf(Math.min(...misses)));
		expect(mixRows().filter((r) => r.isClosest)).toHaveLength(1);
	});

	it('epochsAndDays counts five-day epochs', () => {
		expect(epochsAndDays(12)).toBe('12 epochs (60 days)');
	});
});
