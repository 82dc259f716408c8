/// <reference lib="webworker" />
// Owns the simulation state off the page's thread. Steps in slices of about 50 ms so a newer
// request (a moved slider, the next epoch of play) is read between slices.
import { MigrationRun } from './migrationRun';
import type { RunReply, RunRequest } from './workerMessages';

const SLICE_MS = 50;
let run: MigrationRun | undefined;
let job: RunRequest | undefined;
let scheduled = false;

const post = (reply: RunReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

function work() {
	scheduled = false;
	if (!job) return;
	const { id, key, params, epoch } = job;
	if (!run || run.key !== key || run.epoch > epoch) {
		post({ type: 'progress', id, epoch: 0, of: epoch });
		run = new MigrationRun(key, params);
	}
	const until = performance.now() + SLICE_MS;
	while (run.epoch < epoch && performance.now() < until) run.advance(run.epoch + 1);
	if (run.epoch < epoch) {
		post({ type: 'progress', id, epoch: run.epoch, of: epoch });
		schedule();
		return;
	}
	const frame = run.frame();
	job = undefined;
	post({ type: 'frame', id, frame }, [
		frame.stake.buffer,
		frame.previousStake.buffer,
		frame.pledge.buffer
	]);
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	setTimeout(work, 0);
}

self.onmessage = (event: MessageEvent<RunRequest>) => {
	job = event.data;
	schedule();
};
