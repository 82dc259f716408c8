import { formatShare as formatShareTo } from '../../format/percent';

export { formatRatio } from '../../format/ratio';

/** A share of all stake as a percentage, to two digits: 0.052 -> "5.2 %", 0.00049 -> "0.049 %". */
export const formatShare = (share: number): string => formatShareTo(share, 2);
