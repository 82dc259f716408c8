export { formatRatio } from '../../format/ratio';
