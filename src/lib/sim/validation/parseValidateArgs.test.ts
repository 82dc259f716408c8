import { describe, expect, it } from 'vitest';
import { parseValidateArgs } from './parseValidateArgs';

const error = (argv: string[]) => {
	const parsed = parseValidateArgs(argv);
	return parsed.ok === false ? parsed.error : `no error: ${JSON.stringify(parsed)}`;
};

describe('parseValidateArgs', () => {
	it('--help asks for the usage', () => {
		expect(parseValidateArgs(['--help'])).toEqual({ ok: 'help' });
	});

	it('-h asks for the usage, whatever else is given', () => {
		expect(parseValidateArgs(['--size', 'test', '-h'])).toEqual({ ok: 'help' });
	});

	it('with nothing given: mainnet, seeds 1, 2, 3', () => {
		expect(parseValidateArgs([])).toEqual({ ok: true, size: 'mainnet', seeds: [1, 2, 3] });
	});

	it('--size test and --size mainnet are both read', () => {
		expect(parseValidateArgs(['--size', 'test'])).toMatchObject({ ok: true, size: 'test' });
		expect(parseValidateArgs(['--size', 'mainnet'])).toMatchObject({ ok: true, size: 'mainnet' });
	});

	it('--seeds takes 1 and 10, the ends of its range', () => {
		expect(parseValidateArgs(['--seeds', '1'])).toMatchObject({ ok: true, seeds: [1] });
		expect(parseValidateArgs(['--seeds', '10'])).toMatchObject({
			ok: true,
			seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
		});
	});

	it('names an unknown flag', () => {
		expect(error(['--fast'])).toBe('unknown flag --fast');
	});

	it('says when a flag has no value', () => {
		expect(error(['--seeds'])).toBe('--seeds needs a value');
	});

	it('rejects a size other than mainnet or test', () => {
		expect(error(['--size', 'huge'])).toBe('--size must be mainnet or test, not "huge"');
	});

	it('rejects seeds 0 and 11, outside 1 to 10', () => {
		expect(error(['--seeds', '0'])).toBe('--seeds must be a whole number from 1 to 10, not "0"');
		expect(error(['--seeds', '11'])).toBe('--seeds must be a whole number from 1 to 10, not "11"');
	});

	it('rejects seeds that are not whole, though in range', () => {
		expect(error(['--seeds', '2.5'])).toBe(
			'--seeds must be a whole number from 1 to 10, not "2.5"'
		);
	});
});
