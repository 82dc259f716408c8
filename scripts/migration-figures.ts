/**
 * Computes every number the migration article quotes (the 50-pool widget runs, the whale at both
 * sizes, the populations compared with mainnet) and writes them to
 * src/lib/widgets/Migration/articleFigures.json, which the article imports: the page shows them
 * without running a simulation in the reader's browser. Takes minutes (mainnet-size runs).
 *   npm run figures:migration            writes the file
 *   npm run figures:migration -- --check exits 1 if the file differs from a fresh computation
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { computeArticleFigures } from '../src/lib/widgets/Migration/articleFigures';

const file = 'src/lib/widgets/Migration/articleFigures.json';
const args = process.argv.slice(2);
if (args.some((a) => a !== '--check')) {
	console.error(`figures:migration: unknown argument ${args.find((a) => a !== '--check')}`);
	process.exit(2);
}
const figures = computeArticleFigures();
if (args.includes('--check')) {
	// Compared as data, so reformatting the file does not count as a change.
	const same = JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) === JSON.stringify(figures);
	console.log(same ? `${file} is current.` : `${file} is stale: run npm run figures:migration.`);
	if (!same) process.exitCode = 1;
} else {
	writeFileSync(file, JSON.stringify(figures, null, '\t') + '\n');
	console.log(`wrote ${file}`);
}
