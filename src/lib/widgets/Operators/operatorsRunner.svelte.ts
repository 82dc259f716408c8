import type { OperatorsScenario } from '../../scenario/operators';
import { gameKey, gameSettingsOf } from './gameSettingsOf';
import type { OperatorsFrame } from './operatorsFrame';
import type { PlayReply, PlayRequest } from './workerMessages';

/**
 * The page's side of the game worker: asks it to play the scenario (round by round when
 * animating) and keeps the latest frame it sent.
 */
export class OperatorsRunner {
	frame: OperatorsFrame | undefined = $state.raw();
	/** Whether the frame on screen is the end of its game. */
	final = $state(false);
	progress: { round: number; of: number } | undefined = $state.raw();
	#worker: Worker | undefined = $state.raw();
	#lastId = 0;
	#requested: string | undefined;

	constructor(initial: { frame: OperatorsFrame; final: boolean } | undefined) {
		this.frame = initial?.frame;
		this.final = initial?.final ?? false;
	}

	/** Starts the worker; returns the function that stops it. */
	connect(): () => void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite's worker pattern, never mutated
		const worker = new Worker(new URL('./operators.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<PlayReply>) => this.#receive(event.data);
		this.#worker = worker;
		return () => {
			worker.terminate();
			this.#worker = undefined;
		};
	}

	/** Whether the frame on screen belongs to the scenario's game. */
	isShowing(scenario: OperatorsScenario): boolean {
		return this.frame?.key === gameKey(scenario);
	}

	/** Asks for the scenario's game unless it is already on screen or on its way; `replay` forces it. */
	request(scenario: OperatorsScenario, animate: boolean, replay = false): void {
		const worker = this.#worker;
		const key = gameKey(scenario);
		if (!worker || (!replay && this.#requested === key)) return;
		this.#requested = key;
		// The end of this very game is on screen (the server's), and nothing is to be shown on the way.
		if (!replay && !animate && this.final && this.frame?.key === key) return;
		const message: PlayRequest = {
			id: ++this.#lastId,
			key,
			settings: gameSettingsOf(scenario),
			animate
		};
		worker.postMessage(message);
	}

	#receive(reply: PlayReply) {
		if (reply.id !== this.#lastId) return;
		if (reply.type === 'progress') this.progress = { round: reply.round, of: reply.of };
		else {
			this.frame = reply.frame;
			this.final = reply.final;
			this.progress = undefined;
		}
	}
}
