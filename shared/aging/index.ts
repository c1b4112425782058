export * from './aging';
