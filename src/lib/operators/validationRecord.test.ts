import { describe, expect, it } from 'vitest';
import { playGame } from './playGame';
import record from './validationRecord.json';
import { defaultGameSettings } from './settings';
import { summarise } from './summarise';
import { validationRows, type ValidationRecord } from './validationRows';

describe('the recorded validation runs (npm run validate-agents -- --record)', () => {
	it('are what the engine plays now: a recorded run replays to the same summary', () => {
		const setting = record.comparisons.find((c) => c.k === 100 && c.a0 === 0.3);
		const run = setting?.ours[0];
		expect(run).toBeDefined();
		const { operatorTable, ...summary } = summarise(
			playGame({
				...defaultGameSettings,
				k: 100,
				a0: 0.3,
				seed: run!.seed,
				maxRounds: setting!.maxRounds
			})
		);
		expect(operatorTable.length).toBe(summary.operators);
		expect(summary).toEqual(run!.summary);
	}, 60_000);

	it('line up ours and the engine run by run', () => {
		const rows = validationRows(record as ValidationRecord);
		const first = rows[0];
		expect(first.k).toBe(100);
		expect(first.engine).toMatchObject({ seed: 1, pools: 101, operators: 97, nakamoto: 47 });
		expect(rows.filter((r) => r.k === 500 && r.a0 === 0.3)).toHaveLength(3);
	});
});
