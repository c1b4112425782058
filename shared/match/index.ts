// pinyin.ts is deliberately not re-exported: it pulls in pinyin-pro's dictionary. Import 'shared/match/pinyin'.
export * from './email';
export { linearSearch } from './linearSearch';
export * from './matchIdentity';
export { compactText, nameTokens, normalizeName } from './normalizeName';
export * from './searchIndex';
export { normalizeEmail, SUBSTRING_MAX } from './searchKeys';
export * from './suggest';
export * from './uscc';
