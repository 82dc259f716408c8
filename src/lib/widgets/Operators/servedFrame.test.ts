import { describe, expect, it } from 'vitest';
import { gameKey } from './gameSettingsOf';
import { serverFrame } from './serverFrame';
import { parseServedFrame, servedFrameJson } from './servedFrame';

const scenario = { k: 40, a0: 0.3, cap: 0, extraPoolCost: 40, seed: 1 };

describe('served frame', () => {
	it('reads back the frame the server drew, number for number', () => {
		const served = serverFrame(scenario);
		const read = parseServedFrame(servedFrameJson(served));
		expect(read).toEqual(served);
		expect(read?.frame.key).toBe(gameKey(scenario));
	});

	it('writes no character that could close its script element', () => {
		const served = serverFrame(scenario);
		const hostile = { ...served, frame: { ...served.frame, key: '</script><x-fuzz>' } };
		const text = servedFrameJson(hostile);
		expect(text).not.toContain('<');
		expect(parseServedFrame(text)?.frame.key).toBe('</script><x-fuzz>');
	});

	it('gives nothing for text that is missing, broken or not a frame', () => {
		for (const text of [
			undefined,
			null,
			'',
			'{',
			'null',
			'{"final":true}',
			'{"frame":{},"final":1}'
		])
			expect(parseServedFrame(text)).toBeUndefined();
	});
});
