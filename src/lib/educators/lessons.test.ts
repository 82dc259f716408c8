import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parseScenario';
import { widgets, type WidgetSlug } from '../widgets/index';
import { widgetEntry } from '../widgets/registry';
import { lessons } from './lessons';

describe('lessons', () => {
	it('has one for every widget of the registry', () => {
		expect(Object.keys(lessons).sort()).toEqual(Object.keys(widgets).sort());
	});
	for (const slug of Object.keys(lessons) as WidgetSlug[]) {
		it(`${slug}: goals, three distinct valid scenarios, answered questions`, () => {
			const lesson = lessons[slug];
			expect(lesson.goals.length).toBeGreaterThanOrEqual(2);
			expect(lesson.goals.length).toBeLessThanOrEqual(3);
			const { schema } = widgetEntry(slug);
			const parsed = lesson.scenarios.map((s) => parseScenario(schema, s.query));
			for (const p of parsed) expect(p.notices).toEqual([]);
			expect(new Set(parsed.map((p) => JSON.stringify(p.scenario))).size).toBe(3);
			for (const q of lesson.questions) expect(q.answer.length).toBeGreaterThan(40);
		});
	}
});
