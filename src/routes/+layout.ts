import { staticBuild } from '$lib/staticBuild';

// The Node server renders every request; the static build prerenders every page.
export const prerender = staticBuild;
