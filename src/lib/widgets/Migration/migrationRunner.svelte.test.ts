import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrationSchema } from '../../scenario/migration';
import { currentDefaults } from '../../scenario/schema';
import type { MigrationFrame } from './migrationRun';
import { MigrationRunner } from './migrationRunner.svelte';
import { runKey } from './migrationParams';
import type { RunReply, RunRequest } from './workerMessages';

/** Stands in for the module worker: records what the page asks and lets a test answer. */
class FakeWorker {
	static last: FakeWorker | undefined;
	readonly sent: RunRequest[] = [];
	onmessage: ((event: MessageEvent<RunReply>) => void) | null = null;
	terminated = false;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(message: RunRequest) {
		this.sent.push(message);
	}
	reply(data: RunReply) {
		this.onmessage?.({ data } as MessageEvent<RunReply>);
	}
	terminate() {
		this.terminated = true;
	}
}

const base = currentDefaults(migrationSchema);
const atEpoch = (epoch: number) => ({ ...base, epoch });
const frameOf = (key: string, epoch: number): MigrationFrame => ({
	key,
	epoch,
	stake: new Float64Array(1),
	previousStake: new Float64Array(1),
	pledge: new Float64Array(1),
	points: []
});

describe('MigrationRunner', () => {
	beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
	afterEach(() => vi.unstubAllGlobals());

	function connected(initial?: MigrationFrame) {
		const runner = new MigrationRunner(initial);
		const disconnect = runner.connect();
		const worker = FakeWorker.last;
		if (!worker) throw new Error('no worker started');
		return { runner, worker, disconnect };
	}

	it('numbers each request and keeps only the reply to the latest one', () => {
		const { runner, worker } = connected();
		runner.request(atEpoch(10));
		runner.request(atEpoch(20));
		expect(worker.sent.map((m) => [m.id, m.epoch])).toEqual([
			[1, 10],
			[2, 20]
		]);
		expect(worker.sent[1].key).toBe(runKey(atEpoch(20)));

		worker.reply({ type: 'progress', id: 1, epoch: 5, of: 10 });
		worker.reply({ type: 'frame', id: 1, frame: frameOf(runKey(base), 10) });
		expect(runner.progress).toBeUndefined();
		expect(runner.frame).toBeUndefined();

		worker.reply({ type: 'progress', id: 2, epoch: 12, of: 20 });
		expect(runner.progress).toEqual({ epoch: 12, of: 20 });

		const latest = frameOf(runKey(base), 20);
		worker.reply({ type: 'frame', id: 2, frame: latest });
		expect(runner.frame).toBe(latest);
		expect(runner.progress).toBeUndefined();
		expect(runner.isShowing(atEpoch(20))).toBe(true);
		expect(runner.isShowing(atEpoch(10))).toBe(false);
	});

	it('does not ask for the frame already on screen', () => {
		const { runner, worker } = connected(frameOf(runKey(base), 7));
		runner.request(atEpoch(7));
		expect(worker.sent).toEqual([]);
		runner.request({ ...atEpoch(7), seed: base.seed + 1 });
		expect(worker.sent).toHaveLength(1);
	});

	it('stops the worker on disconnect and asks nothing after it', () => {
		const { runner, worker, disconnect } = connected();
		disconnect();
		expect(worker.terminated).toBe(true);
		runner.request(atEpoch(3));
		expect(worker.sent).toEqual([]);
	});
});
