import { formatSI } from '$lib/format/si';
import { currentDefaults, urlKeyOf, type Fields, type Scenario, type Schema } from './schema';

/**
 * The canonical query string of a scenario: the schema version first, then only the values that
 * differ from the current defaults, in the schema's field order. One scenario, one string.
 */
export function serializeScenario<F extends Fields>(
	schema: Schema<F>,
	scenario: Scenario<F>
): string {
	const defaults = currentDefaults(schema);
	const params = new URLSearchParams({ v: String(schema.version) });
	for (const [key, field] of Object.entries(schema.fields)) {
		const value = scenario[key];
		if (value === defaults[key]) continue;
		params.set(
			urlKeyOf(key, field),
			field.kind === 'number' ? formatSI(value as number) : String(value)
		);
	}
	return params.toString();
}
