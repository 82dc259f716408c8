export { formatShare } from '../../format/percent';
