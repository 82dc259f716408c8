export type { Param } from './param';
export * as cardano from './cardano';
export * as ethereum from './ethereum';
export * as rocketPool from './rocketPool';
export * as thread from './thread';
