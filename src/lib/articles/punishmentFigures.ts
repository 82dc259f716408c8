import { exitDays } from '../model/designs/ethereumLock';
import { cosmosSlashableDays } from '../model/cosmos/slashableDays';
import { epochsToDays } from '../model/ethereum/epochsToDays';
import {
	ejectionBalanceGwei,
	maxEffectiveBalanceElectraGwei
} from '../model/params/ethereumBalances';
import {
	epochsPerSlashingsVector,
	minSlashingPenaltyQuotient
} from '../model/params/ethereumSlashing';
import { tezosSlashableDays } from '../model/tezos/slashableDays';
import { polkadotSlashableDays } from '../model/polkadot/slashableDays';
import { slashDeferDays } from '../model/params/polkadot';
import { currentDefaults } from '../scenario/schema';
import { punishmentSchema } from '../scenario/punishment';
import {
	designOf,
	formulaOf,
	OVER_A_THIRD,
	punishmentView
} from '../widgets/Punishment/punishmentView';

/** Shares the article quotes the slashing formulas at. */
export const SMALL_SHARE = 0.01;
export const THIRD_SHARE = 0.34;

/** Every number the punishment article prints, from the model and the widget's own view. */
export function punishmentFigures() {
	const defaults = currentDefaults(punishmentSchema);
	const initial = punishmentView(defaults);
	const at = (share: number) => {
		const view = punishmentView({ ...defaults, slashedPercent: share * 100 });
		return { legacy: formulaOf(view, 'legacy'), electra: formulaOf(view, 'electra') };
	};
	return {
		defaults,
		exitDays,
		ethereumDays: designOf(initial, 'ethereum').operatorDays,
		cosmos: cosmosSlashableDays(),
		tezos: tezosSlashableDays(),
		polkadotDays: polkadotSlashableDays(),
		polkadotDeferDays: slashDeferDays.value,
		windowDays: epochsToDays(epochsPerSlashingsVector.value),
		halfWindowDays: epochsToDays(epochsPerSlashingsVector.value / 2),
		quotient: {
			legacy: minSlashingPenaltyQuotient.bellatrix.value,
			electra: minSlashingPenaltyQuotient.electra.value
		},
		small: { share: SMALL_SHARE, ...at(SMALL_SHARE) },
		third: { share: THIRD_SHARE, ...at(THIRD_SHARE) },
		isolated: initial.isolated,
		liveness: initial.liveness,
		overThirdShare: OVER_A_THIRD,
		ejectionEth: ejectionBalanceGwei.value / 1e9,
		maxEffectiveBalanceEth: maxEffectiveBalanceElectraGwei.value / 1e9
	};
}
