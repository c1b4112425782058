export * from './limit';
export * from './messages';
export * from './risk';
export * from './types';
