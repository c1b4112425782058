export * from './customerView';
export * from './fullView';
