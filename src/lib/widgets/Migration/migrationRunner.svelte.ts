import type { MigrationScenario } from '../../scenario/migration';
import { migrationParams, runKey } from './migrationParams';
import type { MigrationFrame } from './migrationRun';
import type { RunReply, RunRequest } from './workerMessages';

/**
 * The page's side of the migration worker: asks it for the scenario's frame and keeps the
 * latest one it sent, with how far an unfinished run has got.
 */
export class MigrationRunner {
	frame: MigrationFrame | undefined = $state.raw();
	progress: { epoch: number; of: number } | undefined = $state.raw();
	#worker: Worker | undefined = $state.raw();
	#lastId = 0;

	constructor(initial: MigrationFrame | undefined) {
		this.frame = initial;
	}

	/** Starts the worker; returns the function that stops it. */
	connect(): () => void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite's worker pattern, never mutated
		const worker = new Worker(new URL('./migration.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<RunReply>) => this.#receive(event.data);
		this.#worker = worker;
		return () => {
			worker.terminate();
			this.#worker = undefined;
		};
	}

	/** Whether the frame on screen is the scenario's. */
	isShowing(scenario: MigrationScenario): boolean {
		return this.frame?.key === runKey(scenario) && this.frame.epoch === scenario.epoch;
	}

	/** Asks for the scenario's frame unless it is on screen already. */
	request(scenario: MigrationScenario): void {
		const worker = this.#worker;
		if (!worker || this.isShowing(scenario)) return;
		const message: RunRequest = {
			id: ++this.#lastId,
			key: runKey(scenario),
			params: migrationParams(scenario),
			epoch: scenario.epoch
		};
		worker.postMessage(message);
	}

	#receive(reply: RunReply) {
		if (reply.id !== this.#lastId) return;
		if (reply.type === 'progress') this.progress = { epoch: reply.epoch, of: reply.of };
		else {
			this.frame = reply.frame;
			this.progress = undefined;
		}
	}
}
