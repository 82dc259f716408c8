export { formatAmount } from '../../format/number';
