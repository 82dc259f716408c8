import { presets, type PresetName } from './presets';
import type { Mix, ParamChange, SimParams } from './simParams';
import { validateParams } from './validateParams';

export type OutputFormat = 'json' | 'csv';
export type ParsedArgs =
	| { readonly ok: true; readonly params: SimParams; readonly format: OutputFormat }
	| { readonly ok: false; readonly error: string }
	| { readonly ok: 'help' };

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const flagged = Object.keys(presets.small).filter((key) => key !== 'changes' && key !== 'mix');
const flagToKey = new Map(flagged.map((key) => [kebab(key), key as keyof SimParams]));
const textKeys = new Set<keyof SimParams>(['start', 'information']);
const changeKeys = new Map([
	['k', 'k'],
	['a0', 'a0'],
	['leverage-cap', 'leverageCap']
]);

export const simUsage = `Usage: npm run sim -- [--preset small|mainnet] [--json|--csv] [--change EPOCH:k=N,a0=X,leverage-cap=L|none] [--mix all=S,sample=S,ranking=S,sticky=S (shares summing to 1)] ${flagged.map((key) => `[--${kebab(key)} V]`).join(' ')}`;

/** Reads the command line of `scripts/sim.ts`: a preset, then flags overriding its values. */
export function parseSimArgs(argv: readonly string[]): ParsedArgs {
	if (argv.includes('--help') || argv.includes('-h')) return { ok: 'help' };
	const at = argv.indexOf('--preset');
	const preset = at >= 0 ? argv[at + 1] : 'small';
	if (!(preset in presets))
		return { ok: false, error: `unknown preset "${preset}" (small, mainnet)` };
	const params: Record<string, unknown> = { ...presets[preset as PresetName] };
	const changes: ParamChange[] = [];
	let format: OutputFormat = 'json';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json' || arg === '--csv') {
			format = arg === '--json' ? 'json' : 'csv';
			continue;
		}
		if (!arg.startsWith('--')) return { ok: false, error: `unexpected argument "${arg}"` };
		const isKnown =
			arg === '--preset' || arg === '--change' || arg === '--mix' || flagToKey.has(arg.slice(2));
		if (!isKnown) return { ok: false, error: `unknown flag ${arg}` };
		const value = argv[++i];
		if (value === undefined) return { ok: false, error: `${arg} needs a value` };
		if (arg === '--preset') continue;
		if (arg === '--mix') {
			const mix = parseMix(value);
			if (typeof mix === 'string') return { ok: false, error: mix };
			params.mix = mix;
			continue;
		}
		if (arg === '--change') {
			const change = parseChange(value);
			if (typeof change === 'string') return { ok: false, error: change };
			changes.push(change);
			continue;
		}
		const key = flagToKey.get(arg.slice(2)) as keyof SimParams;
		const parsed = textKeys.has(key) ? value : parseNumber(value, key === 'leverageCap');
		if (parsed === undefined) return { ok: false, error: `${arg}: "${value}" is not a number` };
		params[key] = parsed;
	}
	const result = { ...params, changes: [...(params.changes as ParamChange[]), ...changes] };
	const problems = validateParams(result as unknown as SimParams);
	if (problems.length > 0) return { ok: false, error: problems.join('\n') };
	return { ok: true, params: result as unknown as SimParams, format };
}

function parseNumber(text: string, isNoneAllowed: boolean): number | null | undefined {
	if (isNoneAllowed && text === 'none') return null;
	const x = Number(text);
	return text.trim() === '' || !Number.isFinite(x) ? undefined : x;
}

/** "ranking=0.5,all=0.2,sticky=0.3" → { ranking: 0.5, all: 0.2, sticky: 0.3 } (checked later). */
function parseMix(text: string): Mix | string {
	const mix: Record<string, number> = {};
	for (const part of text.split(',')) {
		const [name, valueText = ''] = part.split('=');
		const share = parseNumber(valueText, false);
		if (typeof share !== 'number') return `--mix ${text}: "${valueText}" is not a number`;
		mix[name] = share;
	}
	return mix;
}

/** "100:k=1000,a0=0.1,leverage-cap=none" → { epoch: 100, k: 1000, a0: 0.1, leverageCap: null } */
function parseChange(text: string): ParamChange | string {
	const [epochText, settings = ''] = text.split(':');
	const change: Record<string, number | null> = { epoch: Number(epochText) };
	for (const setting of settings.split(',').filter(Boolean)) {
		const [name, valueText = ''] = setting.split('=');
		const key = changeKeys.get(name);
		if (key === undefined)
			return `--change ${text}: unknown setting "${name}" (k, a0, leverage-cap)`;
		const value = parseNumber(valueText, key === 'leverageCap');
		if (value === undefined) return `--change ${text}: "${valueText}" is not a number`;
		change[key] = value;
	}
	return change as unknown as ParamChange;
}
