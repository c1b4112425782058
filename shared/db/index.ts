export * from './arFeedRepo';
export * from './customerRecords';
export * from './importRepo';
export * from './ledgerRepo';
export * from './schema';
