import type { ValidationSize } from './validationWorld';

export type ValidateArgs =
	| { readonly ok: true; readonly size: ValidationSize; readonly seeds: number[] }
	| { readonly ok: false; readonly error: string }
	| { readonly ok: 'help' };

export const validateUsage =
	'Usage: npm run validate-sim -- [--size mainnet|test] [--seeds N (1 to 10, default 3)]';

/** Reads the command line of `scripts/validate-sim.ts`. */
export function parseValidateArgs(argv: readonly string[]): ValidateArgs {
	if (argv.includes('--help') || argv.includes('-h')) return { ok: 'help' };
	let size: ValidationSize = 'mainnet';
	let seeds = 3;
	for (let i = 0; i < argv.length; i += 2) {
		const [flag, value] = [argv[i], argv[i + 1]];
		if (flag !== '--size' && flag !== '--seeds')
			return { ok: false, error: `unknown flag ${flag}` };
		if (value === undefined) return { ok: false, error: `${flag} needs a value` };
		if (flag === '--size') {
			if (value !== 'mainnet' && value !== 'test') {
				return { ok: false, error: `--size must be mainnet or test, not "${value}"` };
			}
			size = value;
		} else {
			const n = Number(value);
			if (!Number.isInteger(n) || n < 1 || n > 10) {
				return { ok: false, error: `--seeds must be a whole number from 1 to 10, not "${value}"` };
			}
			seeds = n;
		}
	}
	return { ok: true, size, seeds: Array.from({ length: seeds }, (_, i) => i + 1) };
}
