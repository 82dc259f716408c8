import { scenarioUrls } from '../scenario/scenarioUrls';
import { nameOfScenario } from './namedScenarios';

/** A widget scenario's addresses: its own name's when it has one, else its query's. */
export function widgetUrls(origin: string, slug: string, query: string) {
	return scenarioUrls(origin, slug, query, nameOfScenario(slug, query));
}
