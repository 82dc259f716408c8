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

	it('a change back to the scenario already written writes nothing', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		state.current = { ...defaults, delegated: 40e6 };
		vi.advanceTimersByTime(100);
		state.current = defaults;
		vi.advanceTimersByTime(1000);
		expect(pushState).not.toHaveBeenCalled();
		expect(replaceState).not.toHaveBeenCalled();
	});
});

describe('ScenarioUrlState.settle', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		replaceState.mockClear();
		pushState.mockClear();
	});
	afterEach(() => vi.useRealTimers());

	it('writes the change under way at once, and the next change adds an entry of its own', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		state.current = { ...defaults, delegated: 40e6 };
		state.settle();
		expect(pushState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=40M', {});
		vi.advanceTimersByTime(1000);
		expect(pushState).toHaveBeenCalledOnce();
		state.current = { ...defaults, delegated: 50e6 };
		vi.advanceTimersByTime(250);
		expect(pushState).toHaveBeenLastCalledWith('?v=1&delegated=50M', {});
		expect(pushState).toHaveBeenCalledTimes(2);
		expect(replaceState).not.toHaveBeenCalled();
	});

	it('happens by itself after a pause of one second', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		state.current = { ...defaults, delegated: 40e6 };
		vi.advanceTimersByTime(999);
		state.current = { ...defaults, delegated: 50e6 };
		vi.advanceTimersByTime(250);
		// Still the same change: the pause before it was under a second.
		expect(replaceState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=50M', {});
		vi.advanceTimersByTime(1000);
		state.current = { ...defaults, delegated: 60e6 };
		vi.advanceTimersByTime(250);
		expect(pushState.mock.calls).toEqual([
			['?v=1&delegated=40M', {}],
			['?v=1&delegated=60M', {}]
		]);
		expect(replaceState).toHaveBeenCalledOnce();
	});
});

describe('ScenarioUrlState.followHistory', () => {
	let stop: () => void;

	beforeEach(() => {
		vi.useFakeTimers();
		replaceState.mockClear();
		pushState.mockClear();
		history.replaceState(null, '', '/w/leverage');
	});
	afterEach(() => {
		stop();
		vi.useRealTimers();
	});

	/** Back or Forward to `url`: the browser moves first, then tells the page. */
	function goTo(url: string) {
		history.replaceState(null, '', url);
		dispatchEvent(new PopStateEvent('popstate'));
	}

	function changeOn(type: string) {
		const input = document.createElement('input');
		input.type = type;
		document.body.append(input);
		input.dispatchEvent(new Event('change', { bubbles: true }));
		input.remove();
	}

	it('Back to another entry of this page brings back its scenario and writes nothing', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		stop = state.followHistory();
		state.current = { ...defaults, delegated: 40e6 };
		vi.advanceTimersByTime(100);
		goTo('/w/leverage?v=1&delegated=30M');
		expect(state.current).toEqual({ ...defaults, delegated: 30e6 });
		expect(state.query).toBe('v=1&delegated=30M');
		vi.advanceTimersByTime(1000);
		expect(pushState).not.toHaveBeenCalled();
		expect(replaceState).not.toHaveBeenCalled();
	});

	it('a change after Back adds a new entry rather than replacing the one Back went to', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		stop = state.followHistory();
		state.current = { ...defaults, delegated: 40e6 };
		vi.advanceTimersByTime(250);
		goTo('/w/leverage?v=1&delegated=30M');
		state.current = { ...defaults, delegated: 50e6 };
		vi.advanceTimersByTime(250);
		expect(pushState).toHaveBeenLastCalledWith('?v=1&delegated=50M', {});
		expect(pushState).toHaveBeenCalledTimes(2);
		expect(replaceState).not.toHaveBeenCalled();
	});

	it('Back to a value the page wrote before counts that value as written', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		stop = state.followHistory();
		goTo('/w/leverage?v=1&delegated=30M');
		state.current = { ...defaults, delegated: 30e6 };
		vi.advanceTimersByTime(1000);
		expect(pushState).not.toHaveBeenCalled();
	});

	it('Back to another page leaves the scenario as it was', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		stop = state.followHistory();
		state.current = { ...defaults, delegated: 40e6 };
		goTo('/w/rewards?v=1&delegated=30M');
		expect(state.current.delegated).toBe(40e6);
		vi.advanceTimersByTime(250);
		expect(pushState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=40M', {});
	});

	it('letting go of a slider settles the change: its URL is written at once', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		stop = state.followHistory();
		state.current = { ...defaults, delegated: 40e6 };
		dispatchEvent(new Event('pointerup'));
		expect(pushState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=40M', {});
	});

	it('committing a number field settles the change; a slider step does not', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		stop = state.followHistory();
		state.current = { ...defaults, delegated: 40e6 };
		changeOn('range');
		expect(pushState).not.toHaveBeenCalled();
		changeOn('text');
		expect(pushState).toHaveBeenCalledExactlyOnceWith('?v=1&delegated=40M', {});
	});

	it('once stopped, follows no event and writes no pending change', () => {
		const state = new ScenarioUrlState(leverageSchema, defaults);
		stop = state.followHistory();
		state.current = { ...defaults, delegated: 40e6 };
		stop();
		goTo('/w/leverage?v=1&delegated=30M');
		dispatchEvent(new Event('pointerup'));
		changeOn('text');
		vi.advanceTimersByTime(1000);
		expect(state.current.delegated).toBe(40e6);
		expect(pushState).not.toHaveBeenCalled();
		expect(replaceState).not.toHaveBeenCalled();
	});
});
