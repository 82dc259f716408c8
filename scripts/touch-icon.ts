// Renders static/apple-touch-icon.png (180x180) from static/favicon.svg. Run after changing the
// favicon: `npx tsx scripts/touch-icon.ts`. Phones round the corners themselves and show
// transparent corners as black, so the square is drawn without its rounding.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const SIZE = 180;
const svg = readFileSync('static/favicon.svg', 'utf8').replace(/ rx="[^"]*"/, '');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: SIZE } }).render().asPng();
writeFileSync('static/apple-touch-icon.png', png);
console.log(`static/apple-touch-icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
