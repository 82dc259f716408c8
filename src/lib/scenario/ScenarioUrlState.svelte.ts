import { replaceState } from '$app/navigation';
import type { Fields, Scenario, Schema } from './schema';
import { serializeScenario } from './serializeScenario';

const URL_DELAY_MS = 250;

/**
 * A widget's scenario that the page URL follows: each change is written to the query string with
 * `replaceState` once the reader pauses, so a link always reproduces what is on screen without
 * filling the back button's history.
 */
export class ScenarioUrlState<F extends Fields> {
	#scenario: Scenario<F> = $state.raw() as Scenario<F>;
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #schema: Schema<F>;

	constructor(schema: Schema<F>, initial: Scenario<F>) {
		this.#schema = schema;
		this.#scenario = initial;
	}

	get current(): Scenario<F> {
		return this.#scenario;
	}

	set current(next: Scenario<F>) {
		this.#scenario = next;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(
			// Same page: only the query string changes, so there is no route to resolve.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			() => replaceState(`?${this.query}`, {}),
			URL_DELAY_MS
		);
	}

	/** The canonical query string of the current scenario. */
	get query(): string {
		return serializeScenario(this.#schema, this.#scenario);
	}
}
