import * as params from '../model/params';
import type { Param } from '../model/params/param';

const isParam = (x: unknown): x is Param =>
	typeof x === 'object' && x !== null && 'value' in x && 'asOf' in x;

/** Every dated parameter of the model. */
export const allParams: readonly Param[] = Object.values(params).flatMap((group) =>
	Object.values(group as Record<string, unknown>).filter(isParam)
);

/** The newest `asOf` date (ISO `YYYY-MM-DD`) among parameters: the date the model's figures hold for. */
export function newestAsOf(list: readonly Param[] = allParams): string {
	return list.map((p) => p.asOf).reduce((a, b) => (b > a ? b : a), '');
}
