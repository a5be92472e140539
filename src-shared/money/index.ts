export * from './decimal';
export * from './money';
export * from './format';
export * from './parse-user-amount';
export * from './spread';
