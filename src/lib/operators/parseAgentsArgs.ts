import { defaultGameSettings, type GameSettings } from './settings';

export type ParsedAgentsArgs =
	| { readonly ok: true; readonly settings: GameSettings; readonly json: boolean }
	| { readonly ok: false; readonly error: string }
	| { readonly ok: 'help' };

export const agentsUsage =
	'Usage: npm run agents -- --agents N --k K --a0 A --seed S [--leverage-cap L] [--extra-pool-cost F] [--max-rounds R] [--json]\n' +
	`  defaults: --agents ${defaultGameSettings.agents} --k ${defaultGameSettings.k} --a0 ${defaultGameSettings.a0} --seed ${defaultGameSettings.seed} ` +
	`--extra-pool-cost ${defaultGameSettings.extraPoolCost} --max-rounds ${defaultGameSettings.maxRounds}, no leverage cap`;

interface Flag {
	readonly key: 'agents' | 'k' | 'a0' | 'seed' | 'leverageCap' | 'extraPoolCost' | 'maxRounds';
	readonly min: number;
	readonly max: number;
	readonly integer: boolean;
}

const flags = new Map<string, Flag>([
	['--agents', { key: 'agents', min: 2, max: 20000, integer: true }],
	['--k', { key: 'k', min: 1, max: 5000, integer: true }],
	['--a0', { key: 'a0', min: 0, max: 100, integer: false }],
	['--seed', { key: 'seed', min: 0, max: 4294967295, integer: true }],
	['--leverage-cap', { key: 'leverageCap', min: 1, max: 1e9, integer: false }],
	['--extra-pool-cost', { key: 'extraPoolCost', min: 0, max: 1, integer: false }],
	['--max-rounds', { key: 'maxRounds', min: 1, max: 100000, integer: true }]
]);

/** Reads the command line of `scripts/agents.ts`; any unknown flag or out-of-range value is an error. */
export function parseAgentsArgs(argv: readonly string[]): ParsedAgentsArgs {
	if (argv.includes('--help') || argv.includes('-h')) return { ok: 'help' };
	const settings: Record<string, number | undefined> = {};
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') {
			json = true;
			continue;
		}
		const flag = flags.get(arg);
		if (flag === undefined)
			return {
				ok: false,
				error: arg.startsWith('--') ? `unknown flag ${arg}` : `unexpected argument "${arg}"`
			};
		const text = argv[++i];
		if (text === undefined) return { ok: false, error: `${arg} needs a value` };
		const value = Number(text);
		if (text.trim() === '' || !Number.isFinite(value))
			return { ok: false, error: `${arg}: "${text}" is not a number` };
		if (flag.integer && !Number.isInteger(value))
			return { ok: false, error: `${arg}: "${text}" is not a whole number` };
		if (value < flag.min || value > flag.max)
			return { ok: false, error: `${arg}: ${text} is outside ${flag.min} … ${flag.max}` };
		settings[flag.key] = value;
	}
	const result: GameSettings = { ...defaultGameSettings, ...settings };
	if (result.k > result.agents)
		return { ok: false, error: `--k ${result.k} is more than --agents ${result.agents}` };
	return { ok: true, settings: result, json };
}
