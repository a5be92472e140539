export * from './tsv';
export * from './paste-plan';
export * from './column-sums';
export * from './group-rows';
export * from './profiles';
