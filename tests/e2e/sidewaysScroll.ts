/**
 * How far the page scrolls sideways once it has settled after a resize, run in the page: read frame
 * by frame, from two frames after the call, for up to 60 frames, until it does not scroll. Right
 * after a resize Chromium can keep the old width's vw in an element's style for a frame or two (the
 * wide widgets are min(60rem, 100vw − 2.5rem) wide, so from 1280 px a 320 px page scrolled sideways
 * by 320 px: 5 of 12 tries beside a mutation run), and charts measure their new width and draw
 * again. A reader never sees either; an overflow that outlasts the 60 frames is real.
 */
export function overflowOnceSettled(): Promise<number> {
	const root = document.documentElement;
	return new Promise((done) => {
		let frames = 0;
		const read = () => {
			const by = root.scrollWidth - root.clientWidth;
			if (by <= 0 || ++frames >= 60) done(by);
			else requestAnimationFrame(read);
		};
		requestAnimationFrame(() => requestAnimationFrame(read));
	});
}
