export * from './focus-columns';
export * from './formats';
export * from './bind';
export * from './tags';
export * from './values';
export * from './aggregate-types';
export * from './aggregate';
export * from './tag-hygiene';
