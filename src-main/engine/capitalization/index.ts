export * from './types';
export { classify } from './classify';
export { defaultCapitalizationPolicy } from './default-policy';
export { validatePolicy } from './validate-policy';
export { describeLife, describeMethod } from './describe';
