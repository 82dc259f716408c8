import { getContext, setContext } from 'svelte';

const OFFERED = Symbol('scenario links offered');

/**
 * Called by a page whose widgets should each end with a link to their own scenario page (an
 * article), so no article has to add one by hand.
 */
export function offerScenarioLinks(): void {
	setContext(OFFERED, true);
}

export function scenarioLinksOffered(): boolean {
	return getContext(OFFERED) === true;
}
