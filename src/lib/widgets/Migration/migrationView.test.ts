import { describe, expect, it } from 'vitest';
import { migrationSchema } from '../../scenario/migration';
import { currentDefaults } from '../../scenario/schema';
import { runSimulation } from '../../sim/runSimulation';
import { presets } from '../../sim/presets';
import { choiceLabels, labelledOptions } from './choiceLabels';
import { rescaleK, smallModelOf } from './smallModel';
import { frameAt } from './frameAt';
import { migrationParams, runKey } from './migrationParams';
import { migrationPreview } from './migrationPreview';
import { MigrationRun } from './migrationRun';
import { migrationSeries } from './migrationSeries';
import { migrationSummary } from './migrationSummary';
import { topPools } from './migrationTable';
import { migrationView } from './migrationView';
import { namedScenarioOf, namedScenarios } from './namedScenarios';
import { mixedPopulation } from './mixedPopulation';
import { startPoint } from './epochPoint';
import type { MigrationFrame } from './migrationRun';
import { paramsAt } from '../../sim/paramsAt';
import { poolColumns } from './poolColumns';
import { stakeMetrics } from './stakeMetrics';

const defaults = currentDefaults(migrationSchema);
const at = (epoch: number, changes = {}) => ({ ...defaults, ...changes, epoch });

describe('MigrationRun', () => {
	it('after n epochs holds the stakes and metrics of runSimulation with epochs = n', () => {
		const scenario = at(12, { start: 'mainnet', changeEpoch: 6, changeK: 16 });
		const run = new MigrationRun(runKey(scenario), migrationParams(scenario));
		run.advance(12);
		const frame = run.frame();
		const state = runSimulation(migrationParams(scenario));
		expect(frame.stake).toEqual(state.poolStake);
		expect(frame.points).toHaveLength(13);
		state.history.forEach((m, i) => {
			const p = frame.points[i + 1];
			expect(p.epoch).toBe(m.epoch + 1);
			expect([p.k, p.poolsOverSaturation, p.nakamoto]).toEqual([
				m.k,
				m.poolsOverSaturation,
				m.nakamoto
			]);
			expect(p.maxPoolStakeRatio).toBeCloseTo(m.maxPoolStakeRatio, 12);
			expect(p.poolsWithDelegations).toBe(m.poolsWithStake);
		});
		expect(frame.points[7].k).toBe(16);
	});

	it('keeps the stake one epoch back, and at epoch 0 the start itself', () => {
		const run = new MigrationRun('x', migrationParams(defaults));
		expect(run.frame().previousStake).toEqual(run.frame().stake);
		run.advance(3);
		const three = run.frame();
		const two = frameAt(at(2));
		expect(three.previousStake).toEqual(two.stake);
	});
});

describe('frameAt', () => {
	it('continuing a kept run gives the same frame as a fresh one', () => {
		frameAt(at(4));
		const continued = frameAt(at(9));
		frameAt(at(1, { seed: 2 }));
		const fresh = frameAt(at(9));
		expect(continued.stake).toEqual(fresh.stake);
		expect(continued.points).toEqual(fresh.points);
	});
});

describe('stakeMetrics', () => {
	it('counts by hand: stakes 5, 3, 2 with saturation 4', () => {
		const m = stakeMetrics(Float64Array.of(5, 3, 2), Float64Array.of(0, 1, 2), 4);
		expect(m).toEqual({
			poolsOverSaturation: 1,
			maxPoolStakeRatio: 1.25,
			nakamoto: 2,
			poolsWithDelegations: 2,
			zeroPledgeShare: 0.5
		});
	});
});

describe('poolColumns', () => {
	it('ranks pools by stake, largest first, in multiples of saturation', () => {
		const cols = poolColumns(
			Float64Array.of(2, 8, 4),
			Float64Array.of(4, 8, 2),
			Float64Array.of(0, 1, 1),
			4
		);
		expect(cols.map((c) => [c.x0, c.x1, c.ratio, c.previousRatio, c.isZeroPledge])).toEqual([
			[0, 1, 2, 2, false],
			[1, 2, 1, 0.5, false],
			[2, 3, 0.5, 1, true]
		]);
	});

	it('groups neighbours of the ranking into at most maxColumns means, keeping the area', () => {
		const stake = Float64Array.from({ length: 10 }, (_, i) => i + 1);
		const cols = poolColumns(stake, stake, new Float64Array(10), 1, 4);
		expect(cols.map((c) => [c.x0, c.x1, c.ratio])).toEqual([
			[0, 3, 9],
			[3, 6, 6],
			[6, 9, 3],
			[9, 10, 1]
		]);
		expect(cols.reduce((s, c) => s + c.ratio * (c.x1 - c.x0), 0)).toBe(55);
	});
});

describe('migrationView and migrationSummary', () => {
	it('the whale holds 2.55× saturation at the start and is unwound to 1.78× after 5 epochs', () => {
		const start = migrationView(frameAt(at(0)));
		expect(start.now.maxPoolStakeRatio).toBeCloseTo(2.55, 2);
		expect(start.ratioTop).toBe(3);
		expect(migrationSummary(start)).toMatch(
			/^At the start \(k = 8\), 1 of 50 pools is over saturation, the largest holds 2.55× the saturation point, 1 pool holds more than half/
		);
		const five = migrationView(frameAt(at(5)));
		expect(five.now.maxPoolStakeRatio).toBeCloseTo(1.78, 2);
		expect(five.ratioTop).toBe(2);
		expect(migrationSummary(five)).toMatch(/^After 5 epochs \(k = 8\), 2 of 50 pools are over/);
	});

	it('picks the series horizon at or past the epoch', () => {
		expect(migrationView(frameAt(at(20))).epochHorizon).toBe(20);
		expect(migrationView(frameAt(at(21))).epochHorizon).toBe(50);
	});

	it('series run from epoch 0 (moved stake from 1) to now, each under its own top', () => {
		const series = migrationSeries(migrationView(frameAt(at(10))));
		expect(series.map((s) => s.id)).toEqual([
			'maxPoolStakeRatio',
			'poolsOverSaturation',
			'nakamoto',
			'movedShare'
		]);
		expect(series[0].points[0][0]).toBe(0);
		expect(series[3].points[0][0]).toBe(1);
		for (const s of series) {
			expect(s.points.at(-1)?.[0]).toBe(10);
			for (const [, v] of s.points) expect(v).toBeLessThanOrEqual(s.top);
		}
	});
});

describe('topPools', () => {
	it('lists the largest pools with their change in the last epoch', () => {
		const frame = frameAt(at(3));
		const top = topPools(frame, 3);
		expect(top.map((p) => p.rank)).toEqual([1, 2, 3]);
		expect(top[0].stakeAda).toBe(Math.max(...frame.stake));
		expect(top[0].stakeAda).toBeGreaterThanOrEqual(top[1].stakeAda);
		const p = Array.from(frame.stake).indexOf(top[0].stakeAda);
		expect(top[0].changeAda).toBe(frame.stake[p] - frame.previousStake[p]);
	});
});

describe('namedScenarios', () => {
	it('each is recognised after it is applied, keeps the model size and seed, and starts at epoch 0', () => {
		const from = { ...defaults, preset: 'mainnet' as const, k: 500, seed: 7, epoch: 33 };
		for (const named of namedScenarios) {
			const s = named.apply(from);
			expect([s.preset, s.k, s.seed, s.epoch]).toEqual(['mainnet', 500, 7, 0]);
			expect(namedScenarioOf({ ...s, epoch: 12 })?.id).toBe(named.id);
		}
		expect(namedScenarios.find((n) => n.id === 'raise-k')?.apply(from).changeK).toBe(1000);
	});
});

describe('choiceLabels and rescaleK', () => {
	it('names every option and keeps the saturation point when the model size changes', () => {
		const { fields } = migrationSchema;
		const options = [
			...labelledOptions(fields.preset, choiceLabels.preset),
			...labelledOptions(fields.start, choiceLabels.start),
			...labelledOptions(fields.information, choiceLabels.information)
		];
		expect(options).toHaveLength(9);
		for (const { label } of options) expect(label).toBeTruthy();
		expect(rescaleK(8, 'small', 'mainnet')).toBe(500);
		expect(rescaleK(500, 'mainnet', 'small')).toBe(8);
		expect(rescaleK(16, 'small', 'mainnet')).toBe(1000);
		for (const k of [2, 8, 16, 32]) {
			const small = presets.small.totalStakeAda / k;
			const mainnet = presets.mainnet.totalStakeAda / rescaleK(k, 'small', 'mainnet');
			expect(Math.abs(mainnet / small - 1), `k = ${k}`).toBeLessThan(1e-6);
		}
		expect(rescaleK(0, 'mainnet', 'small')).toBe(0);
	});
});

describe('migrationPreview', () => {
	it('fits the contract and draws the sorted pools with the saturation line', () => {
		const preview = migrationPreview(at(40));
		expect(preview.title).toBe('Epoch 40: largest pool 1.26× saturation, 3 over, 3 hold half');
		expect(preview.description.length).toBeLessThanOrEqual(250);
		const columns = preview.chart.marks.flatMap((m) => (m.type === 'columns' ? m.columns : []));
		expect(columns).toHaveLength(50);
		expect(preview.chart.marks).toContainEqual(expect.objectContaining({ type: 'ruleY', at: 1 }));
	});

	it('previews a mainnet-size scenario from the 50-pool model and says so', () => {
		const preview = migrationPreview(at(5, { preset: 'mainnet', k: 500 }));
		expect(preview.description).toMatch(/^Preview from the 50-pool model/);
		const small = migrationPreview(smallModelOf(at(5, { preset: 'mainnet', k: 500 })));
		expect(preview.title).toBe(small.title);
		expect(preview.keyNumbers).toEqual(small.keyNumbers);
		expect(preview.chart.marks).toEqual(small.chart.marks);
		expect(preview.title.length).toBeLessThanOrEqual(80);
	});
});

describe('mainnet-size bars and the mixed population', () => {
	it('migrationView marks the largest pool on its own when a bar is the mean of several pools', () => {
		const pools = 3000;
		const stake = new Float64Array(pools).fill(10);
		stake[7] = 289; // 28.9× a saturation point of 10, the whale
		const frame = {
			epoch: 3,
			stake,
			previousStake: stake,
			pledge: new Float64Array(pools),
			points: [
				{
					...startPoint(stake, new Float64Array(pools), {
						...paramsAt(presets.mainnet, 0),
						saturationAda: 10
					})
				}
			]
		} as unknown as MigrationFrame;
		const view = migrationView(frame);
		expect(view.poolsPerColumn).toBe(12);
		expect(view.columns[0].ratio).toBeCloseTo((289 + 11 * 10) / 12 / 10, 9);
		expect(view.largestAlone).toBeCloseTo(28.9, 9);
		expect(view.ratioTop).toBeGreaterThanOrEqual(28.9);
		const small = migrationView(frameAt(at(0)));
		expect(small.largestAlone).toBeUndefined();
	});

	it('the mixed option runs the mixed population: ranking, every pool and sticky delegators', () => {
		const params = migrationParams({ ...currentDefaults(migrationSchema), information: 'mixed' });
		expect(params.mix).toEqual(mixedPopulation);
		expect(Object.values(mixedPopulation).reduce((a, b) => a + (b ?? 0), 0)).toBeCloseTo(1, 12);
		expect(migrationParams(currentDefaults(migrationSchema)).mix).toBeNull();
		expect(choiceLabels.information.mixed).toMatch(/% never move/);
	});
});
