import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leverageSchema } from './leverage';
import { ScenarioUrlState } from './ScenarioUrlState.svelte';

const replaceState = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ replaceState }));

const defaults = leverageSchema.defaults[1];

describe('ScenarioUrlState', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		replaceState.mockClear();
	});
	afterEach(() => vi.useRealTimers());

	it('writes the canonical query once the reader pauses for 250 ms', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		state.current = { ...defaults, delegated: 40e6 };
		vi.advanceTimersByTime(249);
		expect(replaceState).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(replaceState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=40M', {});
	});

	it('a burst of changes writes only the last one, 250 ms after it', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		for (const delegated of [10, 20, 30]) {
			state.current = { ...defaults, delegated };
			vi.advanceTimersByTime(200);
		}
		expect(replaceState).not.toHaveBeenCalled();
		expect(state.current.delegated).toBe(30);
		expect(state.query).toBe('v=1&delegated=30');
		vi.advanceTimersByTime(50);
		expect(replaceState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=30', {});
	});

	it('starts from the scenario it is given and writes nothing until it changes', () => {
		const state = new ScenarioUrlState(leverageSchema, { ...defaults, own: 2 });
		expect(state.query).toBe('v=1&own=2');
		vi.advanceTimersByTime(1000);
		expect(replaceState).not.toHaveBeenCalled();
	});
});
