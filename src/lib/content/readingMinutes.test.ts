import { describe, expect, it } from 'vitest';
import { readingMinutes } from './readingMinutes';

describe('readingMinutes', () => {
	it('counts 460 prose words as 2 minutes', () => {
		expect(readingMinutes('word '.repeat(460))).toBe(2);
	});
	it('leaves out frontmatter, scripts, tags and display math', () => {
		const source = `---\ntitle: ${'x '.repeat(999)}\n---\n<script>${'a '.repeat(999)}</script>\n$$${'b '.repeat(999)}$$\n<Widget ${'c '.repeat(999)} />\n${'word '.repeat(230)}`;
		expect(readingMinutes(source)).toBe(1);
	});
	it('is at least 1', () => {
		expect(readingMinutes('')).toBe(1);
	});
});
