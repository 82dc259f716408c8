import { newestAsOf } from '../../export/paramsAsOf';
import { scenarioUrls } from '../../scenario/scenarioUrls';
import type { ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import type { FigureText } from './figureCard';

/** The words around an exported chart: the page's title and caption, the source, the link. */
export function figureText(found: ScenarioFromUrl, origin: string): FigureText {
	return {
		title: found.widget.title,
		caption: found.widget.summary(found.scenario),
		source: `Source: Liquid or Locked's model, parameters as of ${newestAsOf()}; primary sources at ${origin}/sources`,
		url: scenarioUrls(origin, found.widget.slug, found.query).page
	};
}
