import { describe, expect, it } from 'vitest';
import { thumbnailSize } from './thumbnailSize';

describe('thumbnailSize', () => {
	it('is the real 1200x630 when nothing limits it', () => {
		expect(thumbnailSize()).toEqual({ width: 1200, height: 630 });
		expect(thumbnailSize(1600, 900)).toEqual({ width: 1200, height: 630 });
		expect(thumbnailSize(1200, 630)).toEqual({ width: 1200, height: 630 });
	});
	it('scales within maxwidth on 40 px steps: 600 wide gives 600x315, 500 gives 480x252', () => {
		expect(thumbnailSize(600)).toEqual({ width: 600, height: 315 });
		expect(thumbnailSize(500)).toEqual({ width: 480, height: 252 });
	});
	it('scales within maxheight: 210 high gives 400x210, 200 high gives 360x189', () => {
		expect(thumbnailSize(undefined, 210)).toEqual({ width: 400, height: 210 });
		expect(thumbnailSize(undefined, 200)).toEqual({ width: 360, height: 189 });
	});
	it('the tighter of the two wins: 500x400 gives 480x252, 1000x100 gives 160x84', () => {
		expect(thumbnailSize(500, 400)).toEqual({ width: 480, height: 252 });
		expect(thumbnailSize(1000, 100)).toEqual({ width: 160, height: 84 });
	});
	it('offers no thumbnail when even the smallest (40x21) would not fit', () => {
		expect(thumbnailSize(39)).toBeUndefined();
		expect(thumbnailSize(undefined, 20)).toBeUndefined();
		expect(thumbnailSize(40, 21)).toEqual({ width: 40, height: 21 });
	});
});
