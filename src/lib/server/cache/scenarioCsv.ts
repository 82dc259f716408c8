import { toCsv } from '../../export/csv';
import type { ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { renderCache } from './renderCache';

/** Most CSVs are a few KB, a mainnet migration run's about 40 KB; 16 MB keeps hundreds. */
const MAX_BYTES = Number(process.env.DATA_CACHE_MB ?? 16) * 1024 * 1024;

const cache = renderCache<string>(MAX_BYTES, (csv) => csv.length * 2);

/**
 * A scenario's data as CSV, computed at most once per canonical query while cached: a mainnet
 * migration run costs 0.7–2 s of CPU (npm run bench:migration-csv), a cached answer nothing.
 */
export function scenarioCsv(found: ScenarioFromUrl): Promise<string> {
	return cache.get(`${found.widget.slug}?${found.query}`, async () =>
		toCsv(found.widget.data(found.scenario))
	);
}

export const scenarioCsvStats = cache.stats;
