export * from './defaultPlan';
export * from './labels';
export * from './schedule';
export * from './types';
