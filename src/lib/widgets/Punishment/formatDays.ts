export { formatDays } from '../../format/days';
