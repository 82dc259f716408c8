import { annualRate } from '../../model/ethereum/annualRate';
import { gweiFromEth } from '../../model/ethereum/gwei';
import { csmFirstBondEth, csmIcsFirstBondEth, csmRewardShare } from '../../model/params/lido';
import { csmModuleFee, protocolFee } from '../../model/params/lidoFees';
import { megapoolBondEth } from '../../model/params/rocketPool';
import { nodeOperatorCommissionShare, voterShare } from '../../model/params/rocketPoolCommission';
import { totalActiveBalanceEth } from '../../model/params/ethereumRewards';
import { csmOperatorReward } from '../../model/pooled/csmOperatorReward';
import { rethRate, stethRate } from '../../model/pooled/liquidTokenRate';
import { rocketPoolNodeReward } from '../../model/pooled/rocketPoolNodeReward';

/** The yearly rates the leverage article quotes for one validator of each design, in percent. */
export function bondEarnings(totalEth = totalActiveBalanceEth.value) {
	const rate = annualRate(gweiFromEth(totalEth));
	const pct = (x: number) => x * 100;
	return {
		totalEth,
		ratePercent: pct(rate),
		rocketPoolBondEth: megapoolBondEth.value,
		rocketPoolCommissionPercent: pct(nodeOperatorCommissionShare.value),
		rocketPoolVoterPercent: pct(voterShare.value),
		rocketPoolPercent: pct(rocketPoolNodeReward(1, rate) / megapoolBondEth.value),
		rethPercent: pct(rethRate(rate)),
		csmModuleFeePercent: pct(csmModuleFee.value),
		csmRewardSharePercent: pct(csmRewardShare.value),
		/** What a permissionless operator is paid, as a share of its validators' rewards. */
		csmOperatorFeePercent: pct(csmModuleFee.value * csmRewardShare.value),
		csmBondEth: csmFirstBondEth.value,
		csmPercent: pct(csmOperatorReward(1, csmFirstBondEth.value, rate) / csmFirstBondEth.value),
		csmIcsBondEth: csmIcsFirstBondEth.value,
		csmIcsPercent: pct(
			csmOperatorReward(1, csmIcsFirstBondEth.value, rate, 'ics') / csmIcsFirstBondEth.value
		),
		lidoFeePercent: pct(protocolFee.value),
		stethPercent: pct(stethRate(rate))
	};
}
