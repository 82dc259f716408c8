import { LRUCache } from 'lru-cache';

export interface RenderCache<V> {
	/** The value for key: from the cache, from a render already under way, or rendered now. */
	get(key: string, render: () => Promise<V>): Promise<V>;
	readonly stats: { hits: number; renders: number; bytes: () => number; entries: () => number };
}

/**
 * Rendered results kept in memory, least recently used dropped first once their bytes pass
 * maxBytes. Requests for a key whose render is still running wait for that render instead of
 * starting another, so a burst of preview bots costs one render. `keep` says which results to
 * keep (say, only successful ones).
 */
export function renderCache<V>(
	maxBytes: number,
	sizeOf: (value: V) => number,
	keep: (value: V) => boolean = () => true
): RenderCache<V> {
	const done = new LRUCache<string, V & object>({
		maxSize: maxBytes,
		sizeCalculation: (value) => Math.max(1, sizeOf(value))
	});
	const running = new Map<string, Promise<V>>();
	const stats = { hits: 0, renders: 0, bytes: () => done.calculatedSize, entries: () => done.size };
	return {
		stats,
		get(key, render) {
			const cached = done.get(key);
			if (cached !== undefined) {
				stats.hits++;
				return Promise.resolve(cached);
			}
			const pending = running.get(key);
			if (pending) {
				stats.hits++;
				return pending;
			}
			stats.renders++;
			const rendering = render()
				.then((value) => {
					if (keep(value) && sizeOf(value) <= maxBytes) done.set(key, value as V & object);
					return value;
				})
				.finally(() => running.delete(key));
			running.set(key, rendering);
			return rendering;
		}
	};
}
