/// <reference lib="webworker" />
// Plays the pool-splitting game off the page's thread, in slices of about 50 ms so a newer request
// (a moved slider) is read between them. When animating, it rests between rounds so each is seen.
import { createWorkspace } from '../../operators/bestResponse';
import { createGame } from '../../operators/gameState';
import { playRound } from '../../operators/playRound';
import { frameOf } from './operatorsFrame';
import type { PlayReply, PlayRequest } from './workerMessages';

const SLICE_MS = 50;
const ROUND_MS = 120;
let job: { request: PlayRequest; step: () => boolean } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const post = (reply: PlayReply) => self.postMessage(reply);

function start(request: PlayRequest) {
	const { id, key, settings, animate } = request;
	const state = createGame(settings);
	const workspace = createWorkspace(settings.k);
	const order = Int32Array.from({ length: settings.agents }, (_, i) => i);
	const step = () => {
		const until = performance.now() + SLICE_MS;
		do playRound(state, workspace, order);
		while (!animate && state.status === 'playing' && performance.now() < until);
		const final = state.status !== 'playing';
		if (animate || final) post({ type: 'frame', id, frame: frameOf(key, state), final });
		else post({ type: 'progress', id, round: state.rounds, of: settings.maxRounds });
		return final;
	};
	job = { request, step };
}

function work() {
	timer = undefined;
	if (!job) return;
	const current = job;
	if (current.step()) {
		job = undefined;
		return;
	}
	timer = setTimeout(work, current.request.animate ? ROUND_MS : 0);
}

self.onmessage = (event: MessageEvent<PlayRequest>) => {
	if (timer !== undefined) clearTimeout(timer);
	start(event.data);
	timer = setTimeout(work, 0);
};
