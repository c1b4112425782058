export * from './customerRecords';
export * from './ledgerRepo';
export * from './schema';
