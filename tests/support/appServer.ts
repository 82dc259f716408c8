import { readFileSync } from 'node:fs';

/**
 * `$app/server` for the node unit tests: its `read` answers with the file an imported asset's URL
 * names, as the built server does with the asset it copied. In vitest an asset imported with
 * `?url` is named by its path from the project root (`/node_modules/…`, `/src/…`) or by `/@fs/`
 * and its absolute path.
 */
export function read(asset: string): Response {
	const path = asset.startsWith('/@fs/') ? asset.slice('/@fs'.length) : `.${asset}`;
	return new Response(readFileSync(decodeURIComponent(path)));
}
