export * from './ledgerRepo';
export * from './schema';
