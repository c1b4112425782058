export * from './promises';
export * from './types';
