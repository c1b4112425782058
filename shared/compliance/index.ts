export { evaluateReminder } from './evaluate';
export { lintText } from './lint';
export { compact, type Normalized } from './normalize';
export { BUILTIN_PACKS, CN_PACK, EU_PACK, packFor, US_PACK } from './packs';
export { PHRASE_CATEGORIES, type PhraseCategory } from './packs/phrases';
export { isPrcIdNumber, passesLuhn } from './personalData';
export { type PackValidation, RulePackSchema, validateRulePack } from './validatePack';
export * from './types';
