import { engineLargestStake } from '../operators/engineRuns';
import { poolReward, rewardScheme } from '../operators/rewardScheme';
import { defaultGameSettings } from '../operators/settings';
import type { GameSummary } from '../operators/summarise';
import record from '../operators/validationRecord.json';
import {
	spread,
	validationRows,
	type RunCells,
	type ValidationRecord,
	type ValidationRow
} from '../operators/validationRows';
import { operatorsSchema } from '../scenario/operators';
import { currentDefaults } from '../scenario/schema';
import { formatShareFixed } from '../format/percent';

const validation = record as unknown as ValidationRecord;
const dash = '–';

type Setting = ValidationRecord['comparisons'][number];
type Summary = Omit<GameSummary, 'operatorTable'>;

function comparisonAt(k: number, a0: number): Setting {
	const found = validation.comparisons.find((c) => c.k === k && c.a0 === a0);
	if (!found) throw new Error(`the validation record has no runs at k = ${k}, a0 = ${a0}`);
	return found;
}

/** The recorded runs at one setting, ours and the engine's, as spreads over seeds ("47–50"). */
function settingStats(k: number, a0: number) {
	const c = comparisonAt(k, a0);
	const ours = (key: keyof Summary) => spread(c.ours.map((r) => Number(r.summary[key])));
	const percentOfK = (runs: readonly { operators: number }[]) =>
		spread(runs.map((r) => Math.round((100 * r.operators) / k)));
	return {
		pools: ours('pools'),
		operators: ours('operators'),
		nakamoto: ours('nakamoto'),
		nakamotoByPool: ours('nakamotoByPool'),
		maxPools: ours('maxPoolsPerOperator'),
		share: percentOfK(c.ours.map((r) => r.summary)),
		engineOperators: spread(c.engine.map((r) => r.operators)),
		engineNakamoto: spread(c.engine.map((r) => r.nakamoto)),
		engineShare: percentOfK(c.engine)
	};
}

function roundCell(cells: RunCells): string {
	return cells.equilibriumRound === null ? `not by ${cells.rounds}` : `${cells.equilibriumRound}`;
}

function pair(row: ValidationRow, key: keyof RunCells): string {
	return `${row.ours?.[key] ?? dash} / ${row.engine?.[key] ?? dash}`;
}

function listRuns(list: readonly ValidationRow[], side: 'ours' | 'engine'): string {
	return list.map((r) => `a0 = ${r.a0}, seed ${r[side]?.seed}`).join('; ');
}

/**
 * Every number the operators article prints, from the recorded validation runs (`npm run
 * validate-agents -- --record`) and the game's own reward function: read, not replayed.
 */
export function operatorsFigures() {
	const game = defaultGameSettings;
	const defaults = currentDefaults(operatorsSchema);
	// The defaults' game is a run of the validation record (same k, a0, φ and seed).
	const played = comparisonAt(defaults.k, defaults.a0).ours.find(
		(r) => r.seed === defaults.seed && defaults.extraPoolCost === 100 * game.extraPoolCost
	)?.summary;
	if (!played || defaults.cap !== 0)
		throw new Error('the default scenario is not a recorded validation run');

	// One stakeholder with a full pool's worth of stake, pooled as one pool or split in two.
	const scheme = rewardScheme(game.k, game.a0);
	const whole = poolReward(scheme, scheme.beta, scheme.beta);
	const half = poolReward(scheme, scheme.beta, scheme.beta / 2);

	const rows = validationRows(validation);
	const notConverged = rows.filter((r) => r.ours && r.ours.equilibriumRound === null);
	const engineNotConverged = rows.filter((r) => r.engine && r.engine.equilibriumRound === null);
	const first = validation.comparisons[0];
	const k500 = comparisonAt(500, 0.3);
	return {
		game,
		defaults,
		played,
		whole,
		half,
		halfLossPercent: (100 * (1 - half / whole)).toFixed(1),
		extraPercent: Math.round(game.extraPoolCost * 100),
		agents: game.agents.toLocaleString('en'),
		notConverged,
		engineNotConverged,
		k100: settingStats(100, 0.3),
		k500: settingStats(500, 0.3),
		low: settingStats(100, 0.01),
		lowest: settingStats(100, 0.001),
		pledge500: spread(k500.ours.map((r) => Number(r.summary.totalPledge.toFixed(3)))),
		enginePledge500: spread(k500.engine.map((r) => r.totalPledge)),
		checks: validation.checks.map((c) => ({ ...c, verdict: c.holds ? 'Holds' : 'Differs' })),
		oursStuck: listRuns(notConverged, 'ours'),
		engineStuck: listRuns(engineNotConverged, 'engine'),
		stakeNakamoto: spread(first.ours.map((r) => r.summary.nakamotoOfStake)),
		largestOurs: first.ours.map((r) => formatShareFixed(r.summary.largestStake)).join(', '),
		largestEngine: engineLargestStake.map(formatShareFixed).join(', '),
		seedList: validation.seeds.join(', '),
		cells: rows.map((row) => ({
			k: row.k,
			a0: row.a0,
			seeds: `${row.ours?.seed ?? dash} / ${row.engine?.seed ?? dash}`,
			pools: pair(row, 'pools'),
			operators: pair(row, 'operators'),
			nakamoto: pair(row, 'nakamoto'),
			maxPools: pair(row, 'maxPoolsPerOperator'),
			pledge: `${row.ours ? row.ours.totalPledge.toFixed(3) : dash} / ${row.engine ? row.engine.totalPledge.toFixed(3) : dash}`,
			round: `${row.ours ? roundCell(row.ours) : dash} / ${row.engine ? roundCell(row.engine) : dash}`
		}))
	};
}
