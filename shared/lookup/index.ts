export * from './lookupIdentity';
