/**
 * True in the static build (`npm run build:static`): every page is prerendered at its default
 * scenario, and the browser renders the scenario a link asks for.
 */
export const staticBuild: boolean = import.meta.env.VITE_STATIC_BUILD === '1';
