export { formatPercent } from '../../format/percent';
