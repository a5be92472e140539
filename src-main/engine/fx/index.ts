export * from './fx-types';
export { createRateTable, MissingFxRateError, type FxRateTable } from './rate-table';
export { convertAmount, convertToBase, type ConvertOptions } from './convert';
export {
  actualFxEffect,
  splitVariance,
  sumVarianceSplits,
  type VarianceInput,
  type VarianceSplit,
} from './fx-variance';
