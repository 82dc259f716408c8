import { describe, expect, it } from 'vitest';
import type { Preview } from '../../widgets/preview';
import type { Node } from './element';
import { plotSize, previewCard } from './previewCard';

const preview = (legend: boolean): Preview => ({
	title: 't',
	description: 'd',
	keyNumbers: [],
	chart: {
		label: 'c',
		height: 10,
		x: { type: 'linear', domain: [0, 1], title: 'x', format: String },
		y: { type: 'linear', domain: [0, 1], title: 'y', format: String },
		marks: [],
		labels: [],
		legend: legend ? [{ id: 'a', label: 'a', color: 'blue' }] : undefined
	}
});

describe('plotSize', () => {
	it('fills the card below a two-line title: 630 − 30 − 26 padding − 28 header − 82 title − 16 − 28 y title − 28 ticks − 26 x title = 366', () => {
		expect(plotSize(preview(false), 2)).toEqual({ width: 718, height: 366, gutter: 76 });
	});
	it('gives a one-line title’s line to the plot, and takes a legend’s row from it', () => {
		expect(plotSize(preview(false), 1).height).toBe(366 + 41);
		expect(plotSize(preview(true), 2).height).toBe(366 - 32);
	});
});

/** Every text of an element tree, in order. */
function texts(node: Node): string[] {
	if (typeof node === 'string') return [node];
	const children = node.props.children;
	if (children === undefined) return [];
	return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('previewCard for a link whose values were changed', () => {
	const notices = ['delegated=9e99: 9e+99 is above the maximum 1B; using 1B'];

	it('prints what was changed on the card, and nothing of the kind for a link read as given', () => {
		expect(texts(previewCard('w', preview(false), notices))).toContain(
			'Link changed: delegated=9e99: 9e+99 is above the maximum 1B; using 1B'
		);
		expect(texts(previewCard('w', preview(false))).join(' ')).not.toContain('Link changed');
	});

	it('puts the notice in the header’s place, so the plot loses only the difference', () => {
		const card = texts(previewCard('w', preview(false), notices));
		expect(card.some((t) => t.startsWith('Liquid or Locked ·'))).toBe(false);
		// Header 28 px; a notice of one 23 px line, 2 × 3 px padding and a 4 px gap: 33 px.
		expect(plotSize(preview(false), 2, 33).height).toBe(366 - 5);
	});
});
