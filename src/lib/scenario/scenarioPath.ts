import { serializeScenario } from './serializeScenario';
import { currentDefaults, type Fields, type Scenario, type Schema } from './schema';

/** The path of a widget's page at its current defaults with `changes`: how an article links a scenario. */
export function scenarioPath<F extends Fields>(
	slug: string,
	schema: Schema<F>,
	changes: Partial<Scenario<F>>
): string {
	return `/w/${slug}?${serializeScenario(schema, { ...currentDefaults(schema), ...changes })}`;
}
