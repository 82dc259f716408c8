import type { Param } from './param';

/**
 * Lido's fee on staking rewards, set per staking module in the Staking Router as a module fee
 * (node operators) and a treasury fee. Mainnet values from the Lido DAO's own state-check config;
 * every module's two fees add up to 10 %.
 */
const mainnetConfig =
	'https://github.com/lidofinance/scripts/blob/014ec8ec0fb256131356bec56aacd5c4ea505ea4/configs/config_mainnet.py';
const stakingRouter = 'https://docs.lido.fi/contracts/staking-router#fee-distribution';

/** Module fee + treasury fee of every module; stETH holders get the rest of the rewards. */
export const protocolFee: Param = {
	value: 0.1,
	unit: '',
	label: 'Lido protocol fee on staking rewards (module + treasury fee, every module)',
	source: stakingRouter,
	asOf: '2026-11-24'
};

/** `CS_MODULE_MODULE_FEE_BP = 600`: shared by CSM node operators per validator. */
export const csmModuleFee: Param = {
	value: 0.06,
	unit: '',
	label: 'Lido CSM staking module fee (node operators’ share of rewards)',
	source: mainnetConfig,
	asOf: '2026-11-24'
};

/** `CS_MODULE_TREASURY_FEE_BP = 400`. */
export const csmTreasuryFee: Param = {
	value: 0.04,
	unit: '',
	label: 'Lido CSM treasury fee',
	source: mainnetConfig,
	asOf: '2026-11-24'
};

/** `CURATED_STAKING_MODULE_MODULE_FEE_BP = 350` (5 % when the module was registered). */
export const curatedModuleFee: Param = {
	value: 0.035,
	unit: '',
	label: 'Lido Curated Module v1 staking module fee (node operators’ share)',
	source: mainnetConfig,
	asOf: '2026-11-24'
};

/** `CURATED_STAKING_MODULE_TREASURY_FEE_BP = 650`. */
export const curatedTreasuryFee: Param = {
	value: 0.065,
	unit: '',
	label: 'Lido Curated Module v1 treasury fee',
	source: mainnetConfig,
	asOf: '2026-11-24'
};
