import { embedCode } from '$lib/embed/embedSnippet';
import { withQueryKey } from '$lib/embed/withQueryKey';
import { exportHrefs } from '$lib/export/exportHrefs';
import { lessons } from '$lib/educators/lessons';
import { formatSI } from '$lib/format/si';
import { parseScenario } from '$lib/scenario/parseScenario';
import { currentDefaults, urlKeyOf } from '$lib/scenario/schema';
import { widgetUrls } from '$lib/widgets/widgetUrls';
import { serializeScenario } from '$lib/scenario/serializeScenario';
import { widgets, type WidgetSlug } from '$lib/widgets/index';
import { widgetEntry } from '$lib/widgets/registry';

/** Every widget's lesson, with its parameters read from the schema and its scenarios run by the model. */
export function load({ url }) {
	return {
		widgets: (Object.keys(widgets) as WidgetSlug[]).map((slug) => {
			const widget = widgetEntry(slug);
			const lesson = lessons[slug];
			const defaults = currentDefaults(widget.schema);
			return {
				slug,
				title: widget.title,
				article: widget.article,
				goals: lesson.goals,
				questions: lesson.questions,
				parameters: Object.entries(widget.schema.fields).map(([name, field]) => ({
					key: urlKeyOf(name, field),
					label: field.label,
					unit: field.kind === 'number' ? field.unit : '',
					range:
						field.kind === 'number'
							? `${formatSI(field.min)} to ${formatSI(field.max)}`
							: field.options.join(', '),
					default: field.kind === 'number' ? formatSI(defaults[name] as number) : defaults[name]
				})),
				scenarios: lesson.scenarios.map((s) => {
					const { scenario } = parseScenario(widget.schema, s.query);
					const query = serializeScenario(widget.schema, scenario);
					const urls = widgetUrls(url.origin, slug, query);
					const title = widget.preview(scenario).title;
					return {
						...s,
						query,
						caption: widget.summary(scenario),
						page: urls.page,
						data: exportHrefs(slug, widget.schema, scenario)?.csv,
						image: urls.image,
						embed: embedCode(
							{
								src: withQueryKey(urls.embed, 'controls', 'none'),
								title,
								width: '100%',
								height: widget.embedHeight ?? 800
							},
							url.origin
						)
					};
				})
			};
		})
	};
}
