import type { SimParams } from '../../sim/simParams';
import type { MigrationFrame } from './migrationRun';

/** Page → worker: show run `key` at `epoch`. A newer request replaces any unfinished one. */
export interface RunRequest {
	readonly id: number;
	readonly key: string;
	readonly params: SimParams;
	readonly epoch: number;
}

/** Worker → page: how far the run is, or the finished frame. */
export type RunReply =
	| { readonly type: 'progress'; readonly id: number; readonly epoch: number; readonly of: number }
	| { readonly type: 'frame'; readonly id: number; readonly frame: MigrationFrame };
