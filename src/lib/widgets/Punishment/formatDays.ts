export { formatDayCount, formatDays } from '../../format/days';
