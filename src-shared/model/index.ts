export * from './entities';
export * from './budget-grid';
export * from './taxonomy';
export * from './accounting';
export * from './committed';
export * from './forecast';
export * from './tco';
export * from './tco-result';
