import { describe, expect, it } from 'vitest';
import { widgets } from '../widgets';
import { widgetEntry } from '../widgets/registry';
import type { WidgetSlug } from '../widgets';
import { DESCRIPTION_LIMIT, headline, previewDescription } from './previewDescription';

describe('previewDescription', () => {
	it('puts the key numbers first and cuts the explanation, not them', () => {
		const long = {
			keyNumbers: [
				{ label: 'solo validator', value: '2.9 %' },
				{ label: 'rETH holder', value: '2.5 %' }
			],
			description: 'word '.repeat(80)
		};
		const text = previewDescription(long);
		expect(text.startsWith('solo validator: 2.9 % · rETH holder: 2.5 %. word')).toBe(true);
		expect(text.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
		expect(text.endsWith('…')).toBe(true);
	});

	it('a label with its own colon takes its value after a space', () => {
		expect(headline({ keyNumbers: [{ label: 'best: Lido CSM operator', value: '6.5 %' }] })).toBe(
			'best: Lido CSM operator 6.5 %'
		);
	});

	for (const slug of Object.keys(widgets) as WidgetSlug[]) {
		it(`${slug}: the default scenario's description keeps every key number within 250 characters`, () => {
			const widget = widgetEntry(slug);
			const preview = widget.preview(widget.schema.defaults[widget.schema.version]);
			const text = previewDescription(preview);
			expect(text.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
			expect(text.startsWith(headline(preview))).toBe(true);
		});
	}
});
