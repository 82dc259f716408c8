import { resolve } from '$app/paths';
import type { Fields, Scenario, Schema } from '../scenario/schema';
import { serializeScenario } from '../scenario/serializeScenario';

/** Where a scenario's data downloads as CSV: `/w/<slug>.csv?<canonical query>`. */
export function dataHref(slug: string, schema: Schema<Fields>, scenario: Scenario<Fields>): string {
	return `${resolve('/(site)/w/[widget].csv', { widget: slug })}?${serializeScenario(schema, scenario)}`;
}
