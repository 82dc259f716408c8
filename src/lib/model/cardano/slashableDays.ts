/**
 * Days a Cardano pool's pledge or its delegators' ada can be taken for misbehaviour: none. The
 * ledger's rules have no penalty that reduces stake (the reward calculation only pays less), and
 * delegated ada stay spendable in the owner's wallet.
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/formal-spec/epoch.tex
 * https://docs.cardano.org/about-cardano/learn/delegation
 */
export function slashableDays(): number {
	return 0;
}
