import { describe, expect, it } from 'vitest';
import { leverageSchema } from '../scenario/leverage';
import { migrationSchema } from '../scenario/migration';
import type { Fields, Schema } from '../scenario/schema';
import { parseEmbedOptions } from './embedOptions';

const parse = (query: string, schema: Schema<Fields> = leverageSchema) =>
	parseEmbedOptions(schema, new URLSearchParams(query));

describe('parseEmbedOptions', () => {
	it('defaults: the reader’s theme, every control, title and caption shown, nothing to say', () => {
		expect(parse('v=1&own=2')).toEqual({
			theme: 'auto',
			controls: 'all',
			showTitle: true,
			showCaption: true,
			notices: []
		});
	});
	it('reads the theme, hidden title and caption, and ignores lang', () => {
		expect(parse('theme=projector&title=0&caption=0&lang=fr')).toMatchObject({
			theme: 'projector',
			showTitle: false,
			showCaption: false,
			notices: []
		});
	});
	it('reads controls=none, all, and a list of settings by their URL keys', () => {
		expect(parse('controls=none').controls).toBe('none');
		expect(parse('controls=all').controls).toBe('all');
		expect(parse('controls=own,pledge').controls).toEqual(['own', 'pledge']);
		expect(parse('controls=k,a0,k', migrationSchema).controls).toEqual(['k', 'a0']);
	});
	it('falls back to the default with a notice for a value it cannot use', () => {
		const options = parse('theme=%3Cscript%3E&controls=bogus');
		expect(options.theme).toBe('auto');
		expect(options.controls).toBe('all');
		expect(options.notices).toEqual([
			'theme=<script> is not one of light, dark, projector; using the reader’s own setting',
			'controls: bogus is not a setting of this chart; showing all controls'
		]);
	});
	it('keeps the known keys of a list with unknown ones and says which it left out', () => {
		const options = parse('controls=own,x,y');
		expect(options.controls).toEqual(['own']);
		expect(options.notices).toEqual(['controls: x, y are not settings of this chart; left out']);
	});
});
