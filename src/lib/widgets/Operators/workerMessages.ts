import type { GameSettings } from '../../operators/settings';
import type { OperatorsFrame } from './operatorsFrame';

/** Page → worker: play game `key`; with `animate`, send a frame after every round. */
export interface PlayRequest {
	readonly id: number;
	readonly key: string;
	readonly settings: GameSettings;
	readonly animate: boolean;
}

/** Worker → page: a round's frame (`final` once the game has ended), or how far it has got. */
export type PlayReply =
	| { readonly type: 'progress'; readonly id: number; readonly round: number; readonly of: number }
	| {
			readonly type: 'frame';
			readonly id: number;
			readonly frame: OperatorsFrame;
			readonly final: boolean;
	  };
