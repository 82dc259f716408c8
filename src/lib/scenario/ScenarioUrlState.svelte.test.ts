import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leverageSchema } from './leverage';
import { ScenarioUrlState } from './ScenarioUrlState.svelte';

const { replaceState, pushState } = vi.hoisted(() => ({
	replaceState: vi.fn(),
	pushState: vi.fn()
}));
vi.mock('$app/navigation', () => ({ replaceState, pushState }));

const defaults = leverageSchema.defaults[1];

describe('ScenarioUrlState', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		replaceState.mockClear();
		pushState.mockClear();
	});
	afterEach(() => vi.useRealTimers());

	it('writes the canonical query once the reader pauses for 250 ms, as a new history entry', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		state.current = { ...defaults, delegated: 40e6 };
		vi.advanceTimersByTime(249);
		expect(pushState).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(pushState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=40M', {});
		expect(replaceState).not.toHaveBeenCalled();
	});

	it('a change that goes on before it settles replaces its own entry instead of adding one', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		state.current = { ...defaults, delegated: 40e6 };
		vi.advanceTimersByTime(250);
		state.current = { ...defaults, delegated: 50e6 };
		vi.advanceTimersByTime(250);
		expect(pushState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=40M', {});
		expect(replaceState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=50M', {});
	});

	it('a burst of changes writes only the last one, 250 ms after it', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		for (const delegated of [10, 20, 30]) {
			state.current = { ...defaults, delegated };
			vi.advanceTimersByTime(200);
		}
		expect(pushState).not.toHaveBeenCalled();
		expect(state.current.delegated).toBe(30);
		expect(state.query).toBe('v=1&delegated=30');
		vi.advanceTimersByTime(50);
		expect(pushState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=30', {});
	});

	it('starts from the scenario it is given and writes nothing until it changes', () => {
		const state = new ScenarioUrlState(leverageSchema, { ...defaults, own: 2 });
		expect(state.query).toBe('v=1&own=2');
		vi.advanceTimersByTime(1000);
		expect(replaceState).not.toHaveBeenCalled();
		expect(pushState).not.toHaveBeenCalled();
	});
});
