import { pushState, replaceState } from '$app/navigation';
import { parseScenario } from './parseScenario';
import type { Fields, Scenario, Schema } from './schema';
import { serializeScenario } from './serializeScenario';

const URL_DELAY_MS = 250;
/** A pause this long, or letting go of a control, ends one change: the next starts a history entry. */
const SETTLE_MS = 1000;

/**
 * A widget's scenario that the page URL follows: each change is written to the query string once
 * the reader pauses. A change that settles (a longer pause, a released slider, a committed field)
 * keeps its own history entry, so Back steps through the reader's scenarios rather than through
 * every slider position or off the page.
 */
export class ScenarioUrlState<F extends Fields> {
	#scenario: Scenario<F> = $state.raw() as Scenario<F>;
	#urlTimer: ReturnType<typeof setTimeout> | undefined;
	#settleTimer: ReturnType<typeof setTimeout> | undefined;
	/** Whether the change under way already has its own history entry. */
	#entryOpen = false;
	#written: string;
	readonly #schema: Schema<F>;

	constructor(schema: Schema<F>, initial: Scenario<F>) {
		this.#schema = schema;
		this.#scenario = initial;
		this.#written = serializeScenario(schema, initial);
	}

	get current(): Scenario<F> {
		return this.#scenario;
	}

	set current(next: Scenario<F>) {
		this.#scenario = next;
		clearTimeout(this.#urlTimer);
		clearTimeout(this.#settleTimer);
		this.#urlTimer = setTimeout(() => this.#write(), URL_DELAY_MS);
		this.#settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
	}

	/** The canonical query string of the current scenario. */
	get query(): string {
		return serializeScenario(this.#schema, this.#scenario);
	}

	/** Ends the change under way: its URL is written now, and the next change gets a new entry. */
	settle(): void {
		clearTimeout(this.#settleTimer);
		if (this.#urlTimer !== undefined) {
			clearTimeout(this.#urlTimer);
			this.#write();
		}
		this.#entryOpen = false;
	}

	/**
	 * Follows the history while the page is shown: Back and Forward bring back the scenario of
	 * their entry; releasing a slider, committing a number field or picking an option settles the
	 * change. Keys held on a slider settle by the pause, so they make one entry, not one per step.
	 * Returns the function that stops following.
	 */
	followHistory(): () => void {
		const path = location.pathname;
		const onPop = () => {
			// Back to another page: the router takes over, this scenario stays as it was.
			if (location.pathname !== path) return;
			clearTimeout(this.#urlTimer);
			clearTimeout(this.#settleTimer);
			this.#urlTimer = undefined;
			this.#entryOpen = false;
			this.#scenario = parseScenario(this.#schema, location.search).scenario;
			this.#written = this.query;
		};
		const onRelease = () => this.settle();
		const onChange = (event: Event) => {
			if ((event.target as HTMLInputElement | null)?.type !== 'range') this.settle();
		};
		addEventListener('popstate', onPop);
		addEventListener('pointerup', onRelease);
		addEventListener('change', onChange);
		return () => {
			removeEventListener('popstate', onPop);
			removeEventListener('pointerup', onRelease);
			removeEventListener('change', onChange);
			clearTimeout(this.#urlTimer);
			clearTimeout(this.#settleTimer);
		};
	}

	#write(): void {
		this.#urlTimer = undefined;
		const query = this.query;
		if (query === this.#written) return;
		this.#written = query;
		// Same page: only the query string changes, so there is no route to resolve.
		/* eslint-disable svelte/no-navigation-without-resolve */
		if (this.#entryOpen) replaceState(`?${query}`, {});
		else pushState(`?${query}`, {});
		/* eslint-enable svelte/no-navigation-without-resolve */
		this.#entryOpen = true;
	}
}
