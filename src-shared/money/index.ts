export * from './decimal';
export * from './money';
export * from './minor-units';
export * from './allocate';
export * from './format';
export * from './parse-user-amount';
export * from './spread';
