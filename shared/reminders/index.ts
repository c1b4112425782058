export * from './decide';
export * from './facts';
export * from './profile';
export * from './stage';
export * from './variables';
export * from './highlight';
