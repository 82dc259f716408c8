import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { calculatorSchema } from '../../src/lib/scenario/calculator';
import { leverageSchema } from '../../src/lib/scenario/leverage';
import { migrationSchema } from '../../src/lib/scenario/migration';
import { punishmentSchema } from '../../src/lib/scenario/punishment';
import { rewardsSchema } from '../../src/lib/scenario/rewards';
import { currentDefaults, type Fields, type Schema } from '../../src/lib/scenario/schema';
import Calculator from '../../src/lib/widgets/Calculator/Calculator.svelte';
import Leverage from '../../src/lib/widgets/Leverage/Leverage.svelte';
import Migration from '../../src/lib/widgets/Migration/Migration.svelte';
import Punishment from '../../src/lib/widgets/Punishment/Punishment.svelte';
import Rewards from '../../src/lib/widgets/Rewards/Rewards.svelte';
import { normaliseSvg } from './normaliseSvg';

const fixtures: [string, Component<never>, Schema<Fields>][] = [
	['leverage', Leverage as Component<never>, leverageSchema as Schema<Fields>],
	['rewards', Rewards as Component<never>, rewardsSchema as Schema<Fields>],
	['punishment', Punishment as Component<never>, punishmentSchema as Schema<Fields>],
	['calculator', Calculator as Component<never>, calculatorSchema as Schema<Fields>],
	['migration', Migration as Component<never>, migrationSchema as Schema<Fields>]
];

function renderWidget(component: Component<never>, schema: Schema<Fields>): string {
	const props = { scenario: currentDefaults(schema), onchange: () => {} };
	return render(component as Component<typeof props>, { props }).body;
}

describe('normaliseSvg', () => {
	it('strips hydration comments and class hashes and rounds numbers to 3 dp', () => {
		expect(
			normaliseSvg('<!--[--><path class="svelte-1x2y3z" d="M0.12345,99.99999L1e-7,3"/><!--]-->')
		).toBe('<path d="M0.123,100L0,3"/>\n');
	});
});

describe('widgets rendered on the server with their default scenario', () => {
	for (const [slug, component, schema] of fixtures) {
		it(`${slug} matches snapshots/${slug}.svg`, async () => {
			const markup = normaliseSvg(renderWidget(component, schema));
			expect(markup).toContain(`data-widget="${slug}"`);
			expect(markup).not.toMatch(/NaN|undefined/);
			await expect(markup).toMatchFileSnapshot(`snapshots/${slug}.svg`);
		});
	}
});
