// The rule-pack feed in one import: `import { refreshRulePack, applyRefresh } from 'shared/feed/rulePack'`.
export * from './managedPolicy';
export * from './rulePackCache';
export * from './rulePackFeed';
export * from './rulePackSchema';
export * from './rulePackSignature';
