export * from './customerView';
