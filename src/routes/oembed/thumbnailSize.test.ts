import { describe, expect, it } from 'vitest';
import { thumbnailSize } from './thumbnailSize';

describe('thumbnailSize', () => {
	it('is the real 1200x630 when nothing limits it', () => {
		expect(thumbnailSize()).toEqual({ width: 1200, height: 630 });
		expect(thumbnailSize(1600, 900)).toEqual({ width: 1200, height: 630 });
	});
	it('scales within maxwidth: 600 wide gives 600x315', () => {
		expect(thumbnailSize(600)).toEqual({ width: 600, height: 315 });
	});
	it('scales within maxheight: 210 high gives 400x210', () => {
		expect(thumbnailSize(undefined, 210)).toEqual({ width: 400, height: 210 });
	});
	it('the tighter of the two wins: 500x400 gives 500x262', () => {
		expect(thumbnailSize(500, 400)).toEqual({ width: 500, height: 262 });
	});
});
