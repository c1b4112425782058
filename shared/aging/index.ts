export * from './aging';
export * from './buckets';
export * from './convert';
export * from './portfolio';
export * from './rates';
