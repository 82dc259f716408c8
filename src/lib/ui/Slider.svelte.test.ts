import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { NumberField } from '../scenario/schema';
import Slider from './Slider.svelte';

/** 0 to 60 days in whole days: a page is 6 days (a tenth of the range). */
const days: NumberField = {
	kind: 'number',
	label: 'Evidence day',
	unit: 'days',
	min: 0,
	max: 60,
	step: 1,
	scale: 'linear'
};

/** 0 to 1B on a log slider of 1000 positions with 0.01 steps: position 1 is 0.01, 1000 is 1B. */
const stake: NumberField = {
	kind: 'number',
	label: 'Own stake',
	unit: 'ETH',
	min: 0,
	max: 1e9,
	step: 0.01,
	scale: 'log'
};

function setup(field: NumberField, value: number) {
	const onchange = vi.fn<(value: number) => void>();
	const view = render(Slider, { props: { field, value, onchange, valueText: `${value}` } });
	const slider = screen.getByRole('slider');
	const box = screen.getByRole('textbox');
	return { onchange, slider, box, view };
}

describe('Slider on the range input', () => {
	it('PageUp and PageDown move a tenth of a linear range and stop at its ends', async () => {
		const { onchange, slider, view } = setup(days, 7);
		expect(await fireEvent.keyDown(slider, { key: 'PageUp' })).toBe(false);
		expect(onchange).toHaveBeenLastCalledWith(13);
		await fireEvent.keyDown(slider, { key: 'PageDown' });
		expect(onchange).toHaveBeenLastCalledWith(1);

		await view.rerender({ field: days, value: 3, onchange, valueText: '3' });
		await fireEvent.keyDown(slider, { key: 'PageDown' });
		expect(onchange).toHaveBeenLastCalledWith(0);
		await view.rerender({ field: days, value: 58, onchange, valueText: '58' });
		await fireEvent.keyDown(slider, { key: 'PageUp' });
		expect(onchange).toHaveBeenLastCalledWith(60);
	});

	it('PageUp on a log slider moves 100 of 1000 positions: 1 ETH becomes 12.7 ETH', async () => {
		// 1 ETH sits at 1 + 999 · (0 − (−2)) / (9 − (−2)) = 182.6 → 183; 283 is
		// 10^(−2 + 11 · 282 / 999) = 12.74, said as 12.7.
		const { onchange, slider } = setup(stake, 1);
		await fireEvent.keyDown(slider, { key: 'PageUp' });
		expect(onchange).toHaveBeenLastCalledWith(12.7);
	});

	it('leaves other keys to the browser', async () => {
		const { onchange, slider } = setup(days, 7);
		expect(await fireEvent.keyDown(slider, { key: 'ArrowUp' })).toBe(true);
		expect(await fireEvent.keyDown(slider, { key: 'Home' })).toBe(true);
		expect(onchange).not.toHaveBeenCalled();
	});
});

describe('Slider on the number field', () => {
	it('arrows move one step, page keys a tenth of the range, and take over the key', async () => {
		const { onchange, box } = setup(days, 7);
		expect(await fireEvent.keyDown(box, { key: 'ArrowUp' })).toBe(false);
		expect(onchange).toHaveBeenLastCalledWith(8);
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		expect(onchange).toHaveBeenLastCalledWith(6);
		await fireEvent.keyDown(box, { key: 'PageUp' });
		expect(onchange).toHaveBeenLastCalledWith(13);
		await fireEvent.keyDown(box, { key: 'PageDown' });
		expect(onchange).toHaveBeenLastCalledWith(1);
		expect(await fireEvent.keyDown(box, { key: 'a' })).toBe(true);
		expect(onchange).toHaveBeenCalledTimes(4);
	});

	it('an arrow on a log field moves one position: 1 ETH up to the value at position 184', async () => {
		// 10^(−2 + 11 · 183 / 999) = 10^0.01502 = 1.0352, said as 1.04.
		const { onchange, box } = setup(stake, 1);
		await fireEvent.keyDown(box, { key: 'ArrowUp' });
		expect(onchange).toHaveBeenLastCalledWith(1.04);
	});

	it('Enter commits typed text with SI suffixes', async () => {
		const { onchange, box } = setup(stake, 1);
		await fireEvent.input(box, { target: { value: '40M' } });
		expect(onchange).not.toHaveBeenCalled();
		await fireEvent.keyDown(box, { key: 'Enter' });
		expect(onchange).toHaveBeenCalledExactlyOnceWith(40e6);
	});

	it('text it cannot use keeps the value and says why, next to the field', async () => {
		const { onchange, box } = setup(days, 7);
		await fireEvent.input(box, { target: { value: 'lots' } });
		await fireEvent.keyDown(box, { key: 'Enter' });
		expect(onchange).not.toHaveBeenCalled();
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('“lots” is not a number of days; kept 7');
		expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(box).toHaveAttribute('aria-describedby', status.id);
		expect(box).toHaveValue('7');

		await fireEvent.keyDown(box, { key: 'ArrowUp' });
		expect(screen.queryByRole('status')).toBeNull();
		expect(box).not.toHaveAttribute('aria-invalid');
	});

	it('an arrow drops unfinished text and steps from the value shown', async () => {
		const { onchange, box } = setup(days, 7);
		await fireEvent.input(box, { target: { value: '50' } });
		await fireEvent.keyDown(box, { key: 'ArrowUp' });
		expect(onchange).toHaveBeenCalledExactlyOnceWith(8);
		expect(box).toHaveValue('7');
	});
});
