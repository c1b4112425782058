export * from './daysLate';
export * from './dso';
export * from './period';
export * from './snapshot';
export * from './trends';
