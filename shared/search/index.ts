export * from './entries';
export * from './indexDocument';
export * from './summary';
export * from './omnibox';
export * from './pinyinMemo';
