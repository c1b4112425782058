export * from './bars';
export * from './dashboard';
export * from './metrics';
export * from './owners';
export * from './scale';
export * from './trend';
export * from './worst';
