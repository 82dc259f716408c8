import { describe, expect, it } from 'vitest';
import { widgets } from '../widgets';
import { widgetEntry } from '../widgets/registry';
import { typicalMaxMargin } from '../model/params/cardanoPopulation';
import { rewardsSchema } from './rewards';
import { currentDefaults } from './schema';

/** What each number a reader can set is measured in: stake in its chain's coin. */
const units: Record<string, Record<string, string>> = {
	leverage: { own: 'ETH', delegated: 'ETH', pledge: 'ada' },
	rewards: {
		k: '',
		a0: '',
		pledge: 'ada',
		cost: 'ada',
		margin: '%',
		comparePledge: 'ada',
		compareMargin: '%'
	},
	punishment: { day: 'days', queueEth: 'ETH', slashedPercent: '%' },
	calculator: {
		eth: 'ETH',
		totalEth: 'ETH',
		ada: 'ada',
		poolStake: 'ada',
		pledge: 'ada',
		cost: 'ada',
		margin: '%'
	},
	operators: { k: '', a0: '', cap: '× pledge', extraPoolCost: '% of the first', seed: '' },
	migration: {
		k: '',
		a0: '',
		inertia: '%',
		cap: '× pledge',
		changeEpoch: '',
		changeK: '',
		changeCap: '× pledge',
		seed: '',
		epoch: ''
	}
};

for (const slug of Object.keys(widgets) as (keyof typeof widgets)[]) {
	const { schema } = widgetEntry(slug);
	describe(`${slug} schema`, () => {
		it('every field has a label, a known kind, and a slider scale when numeric', () => {
			for (const field of Object.values(schema.fields)) {
				expect(field.label.trim()).not.toBe('');
				expect(['number', 'choice']).toContain(field.kind);
				if (field.kind === 'number') expect(['linear', 'log']).toContain(field.scale);
				else expect(field.options.length).toBeGreaterThan(1);
			}
		});

		it('every number is labelled with its unit', () => {
			const numeric = Object.entries(schema.fields).filter(([, f]) => f.kind === 'number');
			expect(
				Object.fromEntries(numeric.map(([key, f]) => [key, f.kind === 'number' ? f.unit : '']))
			).toEqual(units[slug]);
		});

		it('label and unit together are unique, so a reader can tell the controls apart', () => {
			const labels = Object.values(schema.fields).map(
				(f) => `${f.label} (${f.kind === 'number' ? f.unit : 'choice'})`
			);
			expect(new Set(labels).size).toBe(labels.length);
		});
	});
}

describe('rewards defaults', () => {
	it('puts both margins in the middle of the typical 0 to 5 % range', () => {
		expect(typicalMaxMargin.value).toBe(0.05);
		const defaults = currentDefaults(rewardsSchema);
		expect(defaults.margin).toBe(2.5);
		expect(defaults.compareMargin).toBe(2.5);
	});
});
