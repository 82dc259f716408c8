import { leverageSchema } from '../scenario/leverage';
import Leverage from './Leverage/Leverage.svelte';
import { leveragePreview } from './Leverage/leveragePreview';
import { leverageSummary } from './Leverage/leverageSummary';
import { defineWidget } from './types';

/** Every widget of the site. Articles, scenario pages, embeds and preview images reach widgets here. */
export const widgets = {
	leverage: defineWidget({
		slug: 'leverage',
		title: 'Leverage against delegated stake',
		component: Leverage,
		schema: leverageSchema,
		summary: (scenario) => leverageSummary(scenario),
		article: 'leverage#leverage-grows-with-delegation',
		context:
			'Leverage is the stake an operator steers divided by the stake it would lose if it misbehaved. An operator whose own stake stays put while delegation grows climbs a diagonal; bonded designs stay flat because every validator needs a bond.',
		preview: leveragePreview
	})
};

export type WidgetSlug = keyof typeof widgets;
