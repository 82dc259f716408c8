import { describe, expect, it } from 'vitest';
import { fileUses, isUsed, paramsReachedFrom, resolveImport } from './paramUsage';

const files = {
	'content/a.svx':
		"<script>\n\timport { figures } from '$lib/articles/figures';\n\timport { cardano } from '$lib/model/params';\n</script>\nk = {cardano.k.value}",
	'src/lib/articles/figures.ts':
		"import { csmRewardShare, csmIcsRewardShare as ics } from '../model/params/lido';\nimport { helper } from './helper';\nexport const figures = () => 1;",
	'src/lib/articles/helper.ts':
		"import type { Param } from '../model/params/param';\nimport { slashing } from '../model/params/ethereumSlashing';\nexport const helper = 1;",
	'src/lib/model/params/index.ts': "export * as cardano from './cardano';",
	'src/lib/model/params/cardano.ts': 'export const k = {};',
	'src/lib/model/params/lido.ts': 'export const csmRewardShare = {};',
	'src/lib/model/params/ethereumSlashing.ts': 'export const slashing = {};',
	'src/lib/model/params/param.ts': 'export interface Param {}',
	'src/lib/widgets/W/W.svelte': "<script>\n\tconst C = import('./W.Chart.svelte');\n</script>",
	'src/lib/widgets/W/W.Chart.svelte': "<script>\n\timport { k } from '../../model/params/cardano';\n</script>"
};

describe('paramUsage', () => {
	it('resolves $lib, relative and extension-less imports to files', () => {
		expect(resolveImport('content/a.svx', '$lib/articles/figures', files)).toBe(
			'src/lib/articles/figures.ts'
		);
		expect(resolveImport('src/lib/articles/figures.ts', '../model/params/lido', files)).toBe(
			'src/lib/model/params/lido.ts'
		);
		expect(resolveImport('src/lib/articles/figures.ts', 'd3-array', files)).toBeNull();
	});

	it('reads named imports from a params module and group.name from the params index', () => {
		expect(fileUses('src/lib/articles/figures.ts', files).params.sort()).toEqual([
			'lido.csmIcsRewardShare',
			'lido.csmRewardShare'
		]);
		expect(fileUses('content/a.svx', files).params).toEqual(['cardano.k']);
	});

	it('follows imports, including dynamic ones, to every parameter a page reaches', () => {
		expect([...paramsReachedFrom('content/a.svx', files)].sort()).toEqual([
			'cardano.k',
			'ethereumSlashing.slashing',
			'lido.csmIcsRewardShare',
			'lido.csmRewardShare',
			'param.Param'
		]);
		expect([...paramsReachedFrom('src/lib/widgets/W/W.svelte', files)]).toEqual(['cardano.k']);
	});

	it('counts a per-fork member as used when its record is', () => {
		const used = new Set(['ethereumSlashing.minSlashingPenaltyQuotient']);
		expect(isUsed('ethereumSlashing.minSlashingPenaltyQuotient.electra', used)).toBe(true);
		expect(isUsed('ethereumSlashing.epochsPerSlashingsVector', used)).toBe(false);
	});
});
